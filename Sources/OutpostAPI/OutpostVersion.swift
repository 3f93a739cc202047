/// The version of this build of Outpost.
public enum OutpostVersion {
    public static let string = "0.1.0"
}
