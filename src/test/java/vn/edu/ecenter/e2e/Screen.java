package vn.edu.ecenter.e2e;

/** The screens every journey is checked on: an office desktop and a cheap phone. */
enum Screen {
    DESKTOP(1280, 800, false),
    PHONE(360, 740, true);

    final int width;
    final int height;
    final boolean mobile;

    Screen(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }

    String suffix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
