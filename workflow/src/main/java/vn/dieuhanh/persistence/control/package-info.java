/** Our own tables, created and evolved by versioned migrations before anything else starts. */
package vn.dieuhanh.persistence.control;
