/** Recording to the audit trail: the one entry every feature writes through, and the facts it takes. */
package vn.dieuhanh.audit.boundary;
