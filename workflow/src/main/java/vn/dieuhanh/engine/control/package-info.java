/** Builds the embedded engine on the container's data source, transaction manager, threads and CDI beans. */
package vn.dieuhanh.engine.control;
