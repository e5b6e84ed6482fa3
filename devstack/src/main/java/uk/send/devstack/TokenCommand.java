package uk.send.devstack;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./token}: prints a dev bearer token.
 * <pre>./token --la DEMO --user jane@demo.gov.uk --roles programme-lead,sen-officer [--urn 100000] [--hours 12]</pre>
 */
public final class TokenCommand {

    public static void main(String[] args) {
        String la = LocalPlatform.DEMO_LA;
        String user = "dev.user@demo.gov.uk";
        String roles = "programme-lead";
        String urn = null;
        long hours = 12;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--la" -> la = require(args[i], value);
                case "--user" -> user = require(args[i], value);
                case "--roles" -> roles = require(args[i], value);
                case "--urn" -> urn = require(args[i], value);
                case "--hours" -> hours = Long.parseLong(require(args[i], value));
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    System.err.println("unknown option " + args[i]);
                    usage();
                    System.exit(2);
                }
            }
            i++;
        }
        if (hours < 1 || hours > 12) {
            System.err.println("--hours must be 1 to 12: the services refuse a token more than 12 hours old (mp.jwt.verify.token.age)");
            System.exit(2);
        }
        List<String> roleList = Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
        System.out.println(DevTokens.mint(la, user, roleList, urn, Duration.ofHours(hours)));
    }

    private static String require(String option, String value) {
        if (value == null) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return value;
    }

    private static void usage() {
        System.err.println("usage: ./token --la <LA code> --user <login> --roles <role,role> [--urn <setting URN>] [--hours <n>]");
        System.err.println("roles: programme-lead sen-officer finance commissioner school case-management admin");
    }

    private TokenCommand() {
    }
}
