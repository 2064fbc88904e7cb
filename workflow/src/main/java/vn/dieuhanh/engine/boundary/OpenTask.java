package vn.dieuhanh.engine.boundary;

import java.time.OffsetDateTime;

/** A task waiting for a person, as the rest of the application sees it (no engine types). */
public record OpenTask(
        String id,
        String name,
        String stepKey,
        String processInstanceId,
        String processKey,
        String businessKey,
        String assignee,
        OffsetDateTime created,
        OffsetDateTime due) {}
