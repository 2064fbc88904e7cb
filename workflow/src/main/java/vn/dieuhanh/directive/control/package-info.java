/** The directive's process steps that run without a person: reporting periods, reminders, submission, closure. */
package vn.dieuhanh.directive.control;
