/**
 * The inspectors' ("thanh tra") reading of the audit: a directive's trail, search, the chain's
 * verification, exports. Above the features (it reads directives, the trail and the engine's
 * history); only the web depends on it.
 */
package vn.dieuhanh.inspection.boundary;
