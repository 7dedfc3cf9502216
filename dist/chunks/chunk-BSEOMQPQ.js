import { createRequire as __podlintCreateRequire } from 'node:module'; const require = __podlintCreateRequire(import.meta.url);
import {
  arr,
  defineRule,
  dig,
  formatPath,
  rec,
  str
} from "./chunk-WKLT3XXK.js";

// rules/no-privileged-container.ts
var no_privileged_container_default = defineRule({
  id: "no-privileged-container",
  meta: {
    description: "Disallow privileged containers of any role",
    category: "security",
    severity: "error",
    remediation: "Remove `securityContext.privileged: true` and add only the Linux capabilities the container needs under `securityContext.capabilities.add`.",
    messages: {
      privileged: `{{path}}: {{role}} "{{name}}" is privileged: it gets every capability and the host's devices, so escaping to the node is trivial. Remove privileged: true and add only the capabilities it needs.`
    },
    podSecurity: { level: "baseline", check: "privileged" }
  },
  create(ctx) {
    return {
      container(c) {
        if (dig(c.node, "securityContext", "privileged") !== true) return;
        ctx.report({
          messageId: "privileged",
          data: { name: c.name ?? `#${c.index}`, role: c.role === "app" ? "container" : `${c.role} container` },
          path: c.at("securityContext", "privileged")
        });
      }
    };
  }
});

// rules/unique-container-names.ts
var unique_container_names_default = defineRule({
  id: "unique-container-names",
  meta: {
    description: "Require container names to be unique across all containers of a pod",
    category: "validity",
    severity: "error",
    remediation: "Rename one of the containers; names must be unique across containers, initContainers and ephemeralContainers.",
    messages: {
      duplicate: '{{path}}: Duplicate value: "{{name}}": the pod already has a container named "{{name}}" ({{first}}); rename this one, since names are unique across containers, initContainers and ephemeralContainers.'
    }
  },
  create(ctx) {
    return {
      podSpec(pod) {
        const seen = /* @__PURE__ */ new Map();
        for (const c of pod.containers) {
          if (c.name === void 0 || c.name === "") continue;
          const where = `${c.list}[${c.index}]`;
          const first = seen.get(c.name);
          if (first !== void 0) {
            ctx.report({ messageId: "duplicate", data: { name: c.name, first }, path: c.at("name") });
          } else {
            seen.set(c.name, where);
          }
        }
      }
    };
  }
});

// rules/volume-mount-references-volume.ts
var volume_mount_references_volume_default = defineRule({
  id: "volume-mount-references-volume",
  meta: {
    description: "Require every volume mount to name a volume declared in the pod",
    category: "validity",
    severity: "error",
    remediation: "Declare the volume under `spec.volumes` (in a workload: `spec.template.spec.volumes`) or fix the name in `volumeMounts`.",
    messages: {
      notFound: '{{path}}: Not found: "{{name}}": container "{{container}}" mounts a volume the pod does not declare{{hint}}. Add it to {{volumes}} or fix the name.'
    }
  },
  create(ctx) {
    return {
      container(c, pod) {
        const declared = /* @__PURE__ */ new Set();
        for (const v of arr(pod.spec["volumes"])) {
          const name = str(rec(v)?.["name"]);
          if (name !== void 0) declared.add(name);
        }
        arr(c.node["volumeMounts"]).forEach((m, i) => {
          const name = str(rec(m)?.["name"]);
          if (name === void 0 || name === "" || declared.has(name)) return;
          const close = [...declared].find((d) => d.toLowerCase() === name.toLowerCase());
          ctx.report({
            messageId: "notFound",
            data: {
              name,
              container: c.name ?? `#${c.index}`,
              hint: close ? ` (did you mean "${close}"?)` : declared.size === 0 ? " (it declares no volumes)" : "",
              volumes: formatPath([...pod.path, "volumes"])
            },
            path: c.at("volumeMounts", i, "name")
          });
        });
      }
    };
  }
});

// rules/index.ts
var builtinRules = [
  no_privileged_container_default,
  unique_container_names_default,
  volume_mount_references_volume_default
];

export {
  builtinRules
};
