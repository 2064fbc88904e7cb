/** The built-in demonstration: what the one-command demo shows on a fresh database. Off outside the demo. */
package vn.dieuhanh.demo.control;
