/**
 * The one read policy (who may read a directive, its documents, trail and figures) and the plain
 * values it decides on: the access feature's face, used by the features and the web alike.
 */
package vn.dieuhanh.access.boundary;
