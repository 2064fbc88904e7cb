package vn.dieuhanh.fixturetwo.control;

/** Logic another feature must not reach (it does, in the fixture). */
public class Inside {
    public int detail() {
        return 2;
    }
}
