package vn.dieuhanh.platform.boundary.web;

import java.util.List;

/** The realm roles of the identity server that the application knows by name. */
public final class Roles {

    public static final String RECORDS_CLERK = "records-clerk";
    public static final String CITY_LEADER = "city-leader";
    public static final String SPECIALIST = "specialist";
    public static final String DIVISION_HEAD = "division-head";
    public static final String CHIEF_OF_OFFICE = "chief-of-office";
    public static final String UNIT_HEAD = "unit-head";
    public static final String UNIT_OFFICER = "unit-officer";
    public static final String DIC_OFFICER = "dic-officer";
    public static final String DIC_DIRECTOR = "dic-director";
    public static final String MINISTRY_OFFICER = "ministry-officer";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    /** Every one of them: the roles an administrator may give (the list lives with that boundary). */
    public static final List<String> ALL = vn.dieuhanh.identity.boundary.RoleAssignments.ROLES;

    private Roles() {}
}
