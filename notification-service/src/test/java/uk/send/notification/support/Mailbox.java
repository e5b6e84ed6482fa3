package uk.send.notification.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a person's mailbox on the test SMTP server over POP3, as their mail client would. */
public final class Mailbox {

    /** An email as received. */
    public record Mail(String messageId, String subject, String from, String text, String html) {
    }

    private Mailbox() {
    }

    /** Reads one message as the test needs it. */
    private interface Reader<T> {
        T read(MimeMessage message) throws MessagingException, IOException;
    }

    public static List<Mail> of(String address) {
        return read(address, mime -> {
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(mime, text, html);
            return new Mail(mime.getMessageID(), mime.getSubject(), mime.getFrom()[0].toString(), text.toString(), html.toString());
        });
    }

    /** Each message in the mailbox exactly as it arrived (headers and MIME body), for checks on the raw form. */
    public static List<String> raw(String address) {
        return read(address, mime -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            mime.writeTo(out);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        });
    }

    private static <T> List<T> read(String address, Reader<T> reader) {
        Properties props = new Properties();
        props.put("mail.pop3.host", "127.0.0.1");
        props.put("mail.pop3.port", System.getProperty(MailServerTestResource.POP3_PORT));
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("pop3")) {
            store.connect(address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<T> mails = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                mails.add(reader.read((MimeMessage) m));
            }
            inbox.close(false);
            return mails;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read mailbox of " + address + ": " + e.getMessage(), e);
        }
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.getContent() instanceof Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                collect(multi.getBodyPart(i), text, html);
            }
        }
    }
}
