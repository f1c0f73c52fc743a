import Foundation
import PackagePlugin

/// Builds ReadoutKit's lexicons and schema into the code (EmbeddedResources.files), rebuilt when any file changes.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let folders = [("Lexicons", "Extract/Lexicons"), ("schema", "Store/schema"), ("schema-postgres", "Store/schema-postgres")]
        let inputs = try folders.flatMap { _, folder in
            let dir = target.directoryURL.appendingPathComponent(folder)
            return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0) }
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedResources.swift")
        return [.buildCommand(
            displayName: "Embedding lexicons and schema in ReadoutKit",
            executable: try context.tool(named: "embed-resources").url,
            arguments: [output.path] + folders.map { "\($0.0)=\(target.directoryURL.appendingPathComponent($0.1).path)" },
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }
}
