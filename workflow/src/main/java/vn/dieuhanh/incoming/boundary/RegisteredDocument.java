package vn.dieuhanh.incoming.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An incoming document as the register holds it, for other features and the pages (never the entity). */
public record RegisteredDocument(
        String id,
        int incomingNumber,
        int registerYear,
        String sender,
        String senderReference,
        LocalDate documentDate,
        String subject,
        OffsetDateTime receivedAt,
        OffsetDateTime registeredAt,
        String registeredBy,
        LocalDate handlingDue,
        String processInstanceId) {}
