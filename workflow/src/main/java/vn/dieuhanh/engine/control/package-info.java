/**
 * Builds the embedded engine on the container's data source, transaction manager, threads and CDI
 * beans; and the parts of the engine boundary that read it (task lists, history, separation of duties).
 */
package vn.dieuhanh.engine.control;
