package uk.send.devstack;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * CPU time processes have used so far (user + system), in milliseconds, read from /proc (Linux; clock ticks of 10 ms).
 * Differences of it measure a workload's CPU cost, which unlike its throughput hardly depends on how many other
 * processes share the machine.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** The process's own CPU time. */
    static long millis(long pid) throws IOException {
        return fields(pid, false);
    }

    /**
     * A server and all its workers: the process's own time, that of its children it has already reaped (exited
     * connections of PostgreSQL, say), and that of every live descendant.
     */
    static long treeMillis(long pid) throws IOException {
        long total = fields(pid, true);
        for (ProcessHandle child : ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(java.util.List.of())) {
            try {
                total += fields(child.pid(), false);
            } catch (NoSuchFileException gone) {
                // exited meanwhile: its time is in its parent's reaped-children time, or lost (a few ms)
            }
        }
        return total;
    }

    /** This JVM's CPU time. */
    static long ownMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    /** CPU time every process on the machine has used (user, nice, system, irq, softirq, steal), from /proc/stat. */
    static long machineMillis() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long ticks = 0;
        for (int i : new int[]{1, 2, 3, 6, 7, 8}) {
            ticks += Long.parseLong(f[i]);
        }
        return ticks * 10;
    }

    private static long fields(long pid, boolean withReapedChildren) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after "pid (comm) ": state is field 3, utime field 14, stime 15, cutime 16, cstime 17
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + (withReapedChildren ? Long.parseLong(f[13]) + Long.parseLong(f[14]) : 0);
        return ticks * 10;
    }
}
