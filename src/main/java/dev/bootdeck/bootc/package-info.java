/**
 * bootc's own rules, as bootc applies them: status JSON parsing, image references, how bootc reads bound-image
 * files (its tini INI parser, not podman's), {@code bound-images.d} resolution inside a root, GC plan. Pure Java, no I/O
 * beyond reading a local directory tree handed in by the caller.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link dev.bootdeck.bootc.BootcStatusParser}: {@code bootc status --format=json} of any release into
 *       {@link dev.bootdeck.model.BootcHost}; bad input gives {@link dev.bootdeck.bootc.StatusParseException}.</li>
 *   <li>{@link dev.bootdeck.bootc.TiniIni} and {@link dev.bootdeck.bootc.BoundImageFileReader}: one bound file as
 *       bootc reads it, with bootc's error words.</li>
 *   <li>{@link dev.bootdeck.bootc.BoundImagesDirReader} (gathering, over a {@link dev.bootdeck.bootc.RootView}:
 *       {@link dev.bootdeck.bootc.LocalRootView} or {@link dev.bootdeck.bootc.SnapshotRootView}) and
 *       {@link dev.bootdeck.bootc.BoundImagesEvaluator} (bootc's rules) give a
 *       {@link dev.bootdeck.model.BoundImagesReport}; {@link dev.bootdeck.bootc.BoundImageDirEntry} is the boundary a
 *       remote gatherer can fill directly.</li>
 *   <li>{@link dev.bootdeck.bootc.BootcPodmanComparison}: where bootc reads a bound file differently from podman's
 *       Quadlet (uses {@code dev.bootdeck.quadlet}).</li>
 *   <li>{@link dev.bootdeck.bootc.ImageReferenceParser} and {@link dev.bootdeck.bootc.ImageReferenceChecks}: image
 *       names, their classification and problems.</li>
 *   <li>{@link dev.bootdeck.bootc.PodmanImageListParser} and {@link dev.bootdeck.bootc.BootcGcPlanner}: what bootc's
 *       GC keeps and prunes, and which bound images are missing.</li>
 * </ul>
 */
package dev.bootdeck.bootc;
