package vn.dieuhanh.fixturetwo.boundary;

import vn.dieuhanh.fixtureone.boundary.Caller;

/** The other half of the circle ArchitectureRulesBiteTest expects the rules to find. */
public class Callee {
    public int answer() {
        return 1;
    }

    public int back() {
        return new Caller().call();
    }
}
