/// The release of Readout: its minor number counts the issues built (issue 14: goal–task trees from every list form).
public enum ReadoutVersion {
    public static let release = "0.15.0"
}
