/** What an auditor (or a party to a directive) asks of the trail: read, search, verify, export. */
package vn.dieuhanh.audit.boundary;
