/**
 * Dispatch, the office's paperwork as one feature: official documents drawn up, signed,
 * numbered in their register, sealed, stored and verified, each inside the caller's action.
 */
package vn.dieuhanh.dispatch.boundary;
