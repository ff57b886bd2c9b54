package dev.bootdeck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bootdeck.model.BoundImageReport;
import dev.bootdeck.model.CachedUpdateReport;
import dev.bootdeck.bootc.NextBootChanges;
import dev.bootdeck.model.BoundImageChange;
import dev.bootdeck.model.DeploymentReport;
import dev.bootdeck.model.Finding;
import dev.bootdeck.model.HostReport;
import java.util.List;

/**
 * The {@code status --json} document, written field by field so its shape is a stable interface (issue 4):
 * {@code {"hosts":[{"host","error","bootcVersion","nextBoot","deployments":[{"slot","image","digest","version",
 * "timestamp","pinned","updateAvailable","boundImages":[{"image","link","file","present","problems"}]}],
 * "gcCandidates","warnings"}]}} plus more fields.
 */
final class StatusJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusJson() {
    }

    static String write(List<HostReport> reports) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode hosts = root.putArray("hosts");
        for (HostReport r : reports) {
            hosts.add(host(r));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    private static ObjectNode host(HostReport r) {
        ObjectNode h = JSON.createObjectNode();
        h.put("host", r.host());
        h.put("state", r.state().word());
        h.put("error", r.error());
        h.put("demo", r.demo());
        h.put("bootcVersion", r.bootcVersion());
        h.put("nextBoot", r.nextBoot() == null ? null : r.nextBoot().word());
        h.put("nextBootReason", r.nextBootReason());
        h.put("refreshedAt", r.refreshedAt().toString());
        h.put("autoUpdateTimerActive", r.autoUpdateTimerActive());
        h.put("authJsonPresent", r.authJsonPresent());
        ArrayNode ds = h.putArray("deployments");
        for (DeploymentReport d : r.deployments()) {
            ds.add(deployment(d));
        }
        ArrayNode changes = h.putArray("nextBootChanges");
        for (BoundImageChange c : NextBootChanges.of(r.deployments()).changes()) {
            ObjectNode o = changes.addObject();
            o.put("change", c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            o.put("link", c.link());
            o.put("before", c.before());
            o.put("after", c.after());
            if (c.presentAfter() == null) {
                o.putNull("presentAfter");
            } else {
                o.put("presentAfter", c.presentAfter());
            }
        }
        strings(h.putArray("gcCandidates"), r.gcCandidates());
        strings(h.putArray("warnings"), r.warnings());
        return h;
    }

    private static ObjectNode deployment(DeploymentReport d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("slot", d.slot().word());
        o.put("label", d.label());
        o.put("nextBoot", d.nextBoot());
        o.put("image", d.image());
        o.put("transport", d.transport());
        o.put("digest", d.digest());
        o.put("version", d.version());
        o.put("timestamp", d.timestamp());
        o.put("architecture", d.architecture());
        o.put("pinned", d.pinned());
        o.put("downloadOnly", d.downloadOnly());
        o.put("softRebootCapable", d.softRebootCapable());
        o.put("incompatible", d.incompatible());
        o.put("updateAvailable", d.updateAvailable());
        CachedUpdateReport c = d.cachedUpdate();
        if (c == null) {
            o.putNull("cachedUpdate");
        } else {
            ObjectNode cu = o.putObject("cachedUpdate");
            cu.put("image", c.image());
            cu.put("digest", c.digest());
            cu.put("version", c.version());
            cu.put("timestamp", c.timestamp());
            cu.put("architecture", c.architecture());
        }
        o.put("store", d.store());
        o.put("ostreeRoot", d.ostreeRoot());
        o.put("boundImagesState", d.boundImagesState().word());
        ArrayNode bs = o.putArray("boundImages");
        for (BoundImageReport b : d.boundImages()) {
            ObjectNode bo = bs.addObject();
            bo.put("image", b.image());
            bo.put("link", b.link());
            bo.put("file", b.file());
            bo.put("present", b.present());
            strings(bo.putArray("problems"), b.problems());
            findings(bo.putArray("findings"), b.findings());
        }
        findings(o.putArray("findings"), d.findings());
        return o;
    }

    private static void findings(ArrayNode a, List<Finding> fs) {
        for (Finding f : fs) {
            ObjectNode o = a.addObject();
            o.put("rule", f.rule());
            o.put("severity", f.severity().word());
            o.put("file", f.file());
            o.put("line", f.line());
            o.put("message", f.message());
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
