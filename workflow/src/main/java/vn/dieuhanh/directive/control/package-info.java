/**
 * The directive's process steps: those that run without a person (reporting periods, reminders,
 * submission, closure), and the work behind each person's step, which the boundary runs in its transaction.
 */
package vn.dieuhanh.directive.control;
