/**
 * Dispatch, the office's paperwork as one feature: official documents drawn up, signed,
 * numbered in their register, sealed, stored and verified, each inside the caller's action.
 * Its one face: other features and the web see these EJBs, templates, records and exceptions,
 * never its control classes or entities.
 */
package vn.dieuhanh.dispatch.boundary;
