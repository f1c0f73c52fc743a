/// The release of Readout: its minor number is the last issue built (issue 17: a local web view).
public enum ReadoutVersion {
    public static let release = "0.17.0"
}
