package vn.dieuhanh.fixtureone.boundary;

import vn.dieuhanh.fixturetwo.boundary.Callee;
import vn.dieuhanh.fixturetwo.control.Inside;

/** Breaks two rules on purpose, for ArchitectureRulesBiteTest: calls back in a circle, reaches into a control. */
public class Caller {
    public int call() {
        return new Callee().answer() + new Inside().detail();
    }
}
