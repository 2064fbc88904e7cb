package vn.dieuhanh.engine.boundary;

/**
 * A task is offered to a role in a unit: the engine group {@code SO-YTE:unit-head} holds the unit
 * head of the Health Department and no one else. The models write the same form, for example
 * {@code ${unitCode}:unit-head}.
 */
public final class CandidateGroups {

    private CandidateGroups() {}

    public static String of(String unitCode, String role) {
        return unitCode + ":" + role;
    }
}
