/** Who is asking and what they ask about, as the read policy sees them: plain values, no persistence. */
package vn.dieuhanh.access.entity;
