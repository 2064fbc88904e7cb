package vn.dieuhanh.incoming.boundary;

import java.time.OffsetDateTime;

/** A document received and waiting to be registered. */
public record Receipt(
        String processInstanceId, String registrationTaskId, String subject, OffsetDateTime registrationDue) {}
