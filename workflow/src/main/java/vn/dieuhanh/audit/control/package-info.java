/** Appending to the hash chain just before the caller's transaction commits. */
package vn.dieuhanh.audit.control;
