package uk.send.notification.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the tests, with POP3 so that tests read back what arrived as a mail
 * client would. Started once per test JVM; its ports are published as system properties.
 */
public class MailServerTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String POP3_PORT = "test.mail.pop3.port";
    private static final String SMTP_PORT = "test.mail.smtp.port";

    @Override
    public Map<String, String> start() {
        synchronized (MailServerTestResource.class) {
            if (System.getProperty(SMTP_PORT) == null) {
                int smtp = freePort();
                int pop3 = freePort();
                GreenMail mail = new GreenMail(new ServerSetup[]{new ServerSetup(smtp, "127.0.0.1", "smtp"), new ServerSetup(pop3, "127.0.0.1", "pop3")})
                        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
                mail.start();
                Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
                System.setProperty(SMTP_PORT, String.valueOf(smtp));
                System.setProperty(POP3_PORT, String.valueOf(pop3));
            }
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", System.getProperty(SMTP_PORT),
                "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.tls", "false");
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
