package vn.dieuhanh.incoming.boundary;

import java.time.LocalDate;

/** What the records clerk enters when registering a received document. */
public record Registration(
        String sender, String senderReference, LocalDate documentDate, String subject, LocalDate handlingDue) {}
