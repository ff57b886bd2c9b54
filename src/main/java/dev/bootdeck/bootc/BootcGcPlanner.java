package dev.bootdeck.bootc;

import dev.bootdeck.model.BootcHost;
import dev.bootdeck.model.BoundImagePresence;
import dev.bootdeck.model.BoundImagesReport;
import dev.bootdeck.model.Deployment;
import dev.bootdeck.model.DeploymentImages;
import dev.bootdeck.model.GcPlan;
import dev.bootdeck.model.ImageRef;
import dev.bootdeck.model.StoredImage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Computes what bootc's garbage collection of its container storage keeps and prunes, by bootc's own rule (exact
 * string match of stored names against the roots), and which bound images of each deployment are in storage.
 *
 * <p>Presence is looked up the way {@code podman image exists} does, approximately: an exact name, the normalized
 * name, an image ID, a digest, or for short names a stored name whose repository ends with the short name (the real
 * resolution depends on the host's registries.conf). Only an exact name protects an image from the GC.
 */
public final class BootcGcPlanner {

    private BootcGcPlanner() {
    }

    /**
     * One deployment's contribution.
     *
     * @param label     e.g. {@code booted}
     * @param hostImage the host image name ({@code image.image.image} of the boot entry), {@code null} if none
     * @param bound     the bound images read from the deployment's root, {@code null} when they could not be read
     * @param composefs whether the deployment is composefs-native
     */
    public record DeploymentInput(String label, String hostImage, BoundImagesReport bound, boolean composefs) {
        public DeploymentInput {
            Objects.requireNonNull(label, "label");
        }
    }

    /** The inputs for every deployment of a host, with the bound-image reports keyed by {@link Deployment#label()}. */
    public static List<DeploymentInput> inputs(BootcHost host, Map<String, BoundImagesReport> boundByLabel) {
        List<DeploymentInput> out = new ArrayList<>();
        for (Deployment d : host.deployments()) {
            out.add(new DeploymentInput(d.label(), d.entry().hostImageName().orElse(null),
                    boundByLabel.get(d.label()), d.entry().composefs() != null && d.entry().ostree() == null));
        }
        return out;
    }

    /** The plan for a host. */
    public static GcPlan plan(BootcHost host, Map<String, BoundImagesReport> boundByLabel, List<StoredImage> storage) {
        return plan(inputs(host, boundByLabel), storage);
    }

    /** The plan for the given deployments and storage listing. */
    public static GcPlan plan(List<DeploymentInput> deployments, List<StoredImage> storage) {
        List<String> notes = new ArrayList<>();
        boolean composefs = !deployments.isEmpty() && deployments.stream().allMatch(DeploymentInput::composefs);
        GcPlan.Backend backend = composefs ? GcPlan.Backend.COMPOSEFS : GcPlan.Backend.OSTREE;
        TreeSet<String> roots = new TreeSet<>();
        boolean complete = true;
        boolean gcFails = false;
        for (DeploymentInput d : deployments) {
            if (d.hostImage() != null) {
                roots.add(d.hostImage());
            }
            if (composefs) {
                continue;
            }
            if (d.bound() == null) {
                complete = false;
                notes.add("The bound images of the " + d.label() + " deployment were not read: its Image= values "
                        + "are missing from the roots, so some images listed for pruning may in fact be kept.");
                continue;
            }
            if (d.bound().queryFails()) {
                gcFails = true;
                notes.add("bootc cannot query the bound images of the " + d.label() + " deployment ("
                        + d.bound().firstError().map(f -> f.message()).orElse("error") + "), so its garbage "
                        + "collection aborts and removes nothing.");
            }
            roots.addAll(d.bound().imageNames());
        }
        if (composefs) {
            notes.add("composefs-native deployments: bootc does not pull bound images there, and its composefs "
                    + "garbage collection keeps only host image names (bootc_composefs/gc.rs); verify on the host.");
        } else if (deployments.stream().anyMatch(DeploymentInput::composefs)) {
            notes.add("Some deployments are composefs-native; images bootc protects for its unified storage are not "
                    + "known here.");
        }
        List<StoredImage> kept = new ArrayList<>();
        List<StoredImage> pruned = new ArrayList<>();
        for (StoredImage img : storage) {
            if (img.names().stream().anyMatch(roots::contains)) {
                kept.add(img);
            } else {
                pruned.add(img);
            }
        }
        List<DeploymentImages> perDeployment = new ArrayList<>();
        for (DeploymentInput d : deployments) {
            List<BoundImagePresence> presence = new ArrayList<>();
            if (d.bound() != null) {
                for (String image : d.bound().imageNames()) {
                    presence.add(presence(image, storage, composefs));
                }
            }
            perDeployment.add(new DeploymentImages(d.label(), d.hostImage(), d.bound() != null,
                    d.bound() != null && d.bound().queryFails(), presence));
        }
        return new GcPlan(backend, new ArrayList<>(roots), kept, pruned, perDeployment, complete, gcFails, notes);
    }

    static BoundImagePresence presence(String image, List<StoredImage> storage, boolean composefs) {
        for (StoredImage img : storage) {
            if (img.names().contains(image)) {
                return composefs
                        ? new BoundImagePresence(image, BoundImagePresence.State.PRESENT_UNPROTECTED, img.id(),
                                "stored under this name, but the composefs GC keeps host images only")
                        : new BoundImagePresence(image, BoundImagePresence.State.PRESENT, img.id(),
                                "stored under exactly this name");
            }
        }
        ImageRef ref;
        try {
            ref = ImageReferenceParser.parse(image, image);
        } catch (ImageReferenceException e) {
            return new BoundImagePresence(image, BoundImagePresence.State.MISSING, null,
                    "not a valid image name: " + e.problem());
        }
        Optional<StoredImage> match;
        String how;
        if (ref.form() == ImageRef.Form.IMAGE_ID) {
            String hex = ref.digest().substring("sha256:".length());
            match = storage.stream().filter(i -> i.id().equals(hex) || i.id().equals("sha256:" + hex)).findFirst();
            how = "found by image ID";
        } else if (ref.form() == ImageRef.Form.OTHER_TRANSPORT) {
            return new BoundImagePresence(image, BoundImagePresence.State.MISSING, null,
                    "a " + ref.transport() + ": reference cannot be matched against stored names");
        } else if (ref.storedName().isPresent()) {
            String stored = ref.storedName().get();
            match = storage.stream().filter(i -> i.names().contains(stored) || i.repoDigests().contains(stored))
                    .findFirst();
            how = "found as " + stored;
            if (match.isEmpty() && ref.digest() != null) {
                String repo = stored.substring(0, stored.indexOf('@'));
                match = storage.stream().filter(i -> ref.digest().equals(i.digest())
                        && i.names().stream().anyMatch(n -> repositoryOf(n).equals(repo))).findFirst();
                how = "found by digest " + ref.digest();
            }
        } else {
            String suffix = "/" + ref.path() + (ref.digest() != null ? "@" + ref.digest()
                    : ":" + (ref.tag() == null ? "latest" : ref.tag()));
            match = storage.stream().filter(i -> i.names().stream().anyMatch(n -> n.endsWith(suffix))).findFirst();
            how = "found by short-name match (the real resolution depends on the host's registries.conf)";
        }
        if (match.isEmpty()) {
            return new BoundImagePresence(image, BoundImagePresence.State.MISSING, null, "not in bootc's storage");
        }
        return new BoundImagePresence(image, BoundImagePresence.State.PRESENT_UNPROTECTED, match.get().id(),
                how + ", but no stored name equals \"" + image + "\", so bootc's GC prunes it");
    }

    /** {@code quay.io/a/b:1} or {@code quay.io/a/b@sha256:..} gives {@code quay.io/a/b}. */
    static String repositoryOf(String name) {
        int at = name.indexOf('@');
        String n = at >= 0 ? name.substring(0, at) : name;
        int slash = n.lastIndexOf('/');
        int colon = n.lastIndexOf(':');
        return colon > slash ? n.substring(0, colon) : n;
    }
}
