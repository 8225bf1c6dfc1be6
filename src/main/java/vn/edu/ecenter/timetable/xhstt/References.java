package vn.edu.ecenter.timetable.xhstt;

/** The Ids of every kind of object in the instance being read. */
final class References {

    final Ids times = new Ids("thời điểm");
    final Ids timeGroups = new Ids("nhóm thời gian");
    final Ids resourceTypes = new Ids("loại tài nguyên");
    final Ids resourceGroups = new Ids("nhóm tài nguyên");
    final Ids resources = new Ids("tài nguyên");
    final Ids eventGroups = new Ids("nhóm sự kiện");
    final Ids events = new Ids("sự kiện");

    /** "Sự kiện \"E1\"" as it reads in the middle of a sentence. */
    static String lowerFirst(String owner) {
        return Character.toLowerCase(owner.charAt(0)) + owner.substring(1);
    }
}
