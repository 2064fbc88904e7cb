package vn.dieuhanh.engine.boundary;

import java.time.OffsetDateTime;

/**
 * A task waiting for a person, as the rest of the application sees it (no engine types). The
 * subject is the case's "subject" variable, which every process of ours carries.
 */
public record OpenTask(
        String id,
        String name,
        String subject,
        String stepKey,
        String processInstanceId,
        String processKey,
        String businessKey,
        String assignee,
        OffsetDateTime created,
        OffsetDateTime due) {}
