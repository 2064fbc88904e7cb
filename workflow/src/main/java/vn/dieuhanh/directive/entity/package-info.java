/** A directive as data: its recipients, targets, reporting cycle and receiver, and what each unit reports against them. */
package vn.dieuhanh.directive.entity;
