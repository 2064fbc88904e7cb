/** Our own tables, created and evolved by versioned migrations before anything else starts, and the claims that keep one import of a file at a time. */
package vn.dieuhanh.persistence.control;
