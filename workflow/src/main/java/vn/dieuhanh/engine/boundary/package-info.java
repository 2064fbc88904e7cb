/** The only door to the process engine: features start processes and complete tasks here, so a move from Camunda 7 to Operaton touches this package and nothing else. */
package vn.dieuhanh.engine.boundary;
