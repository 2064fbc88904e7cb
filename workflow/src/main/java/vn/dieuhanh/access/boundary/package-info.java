/** Who is asking to read, as the pages build it from the signed-in caller and the features hand it to the read policy: plain values. */
package vn.dieuhanh.access.boundary;
