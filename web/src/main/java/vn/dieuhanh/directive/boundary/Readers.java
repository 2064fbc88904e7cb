package vn.dieuhanh.directive.boundary;

import java.util.List;
import vn.dieuhanh.platform.boundary.Roles;

/** The roles that may read a directive at all; which directive is then a matter of their units. */
public final class Readers {

    /** As the directive's status endpoint: everyone who acts on directives, and auditors; not the admin. */
    public static final List<String> ROLES = List.of(
            Roles.CITY_LEADER,
            Roles.CHIEF_OF_OFFICE,
            Roles.SPECIALIST,
            Roles.DIVISION_HEAD,
            Roles.RECORDS_CLERK,
            Roles.UNIT_HEAD,
            Roles.UNIT_OFFICER,
            Roles.DIC_OFFICER,
            Roles.DIC_DIRECTOR,
            Roles.MINISTRY_OFFICER,
            Roles.AUDITOR);

    /** The roles a dashboard is for; the unit they are held in is checked against the directive. */
    public static final List<String> WATCHERS = List.of(
            Roles.CITY_LEADER,
            Roles.CHIEF_OF_OFFICE,
            Roles.SPECIALIST,
            Roles.DIVISION_HEAD,
            Roles.RECORDS_CLERK,
            Roles.DIC_OFFICER,
            Roles.DIC_DIRECTOR,
            Roles.AUDITOR);

    private Readers() {}
}
