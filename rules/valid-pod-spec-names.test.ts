import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-pod-spec-names.js';

const LABEL_REGEX = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";

/** A Pod whose spec lines follow `spec:` at line 5 (the first spec line is line 6). */
const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${spec}`;

const cronJob = (podSpec: string): string => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
${podSpec}`;

new RuleTester().run(rule, {
  valid: [
    pod(`  hostname: web-0
  subdomain: web
  serviceAccountName: builder.ci
  priorityClassName: high-priority
  runtimeClassName: gvisor
  nodeName: ip-10-0-0-1.ec2.internal
  hostAliases: [{ip: 127.0.0.1, hostnames: [foo.local, bar]}]
  schedulingGates: [{name: example.com/quota}]
  readinessGates: [{conditionType: www.example.com/feature-1}]
  securityContext: {sysctls: [{name: kernel.shm_rmid_forced, value: "0"}, {name: net/ipv4/ip_local_port_range, value: "1024 65535"}]}
  dnsConfig: {nameservers: [1.1.1.1, 8.8.8.8, 9.9.9.9], searches: [ns1.svc.cluster.local., example.com]}
  volumes: [{name: data, emptyDir: {}}, {name: config-1, emptyDir: {}}]
  initContainers:
    - {name: migrate, image: x, env: [{name: DB_URL, value: x}]}
    - {name: proxy, image: x, restartPolicy: Always, ports: [{name: http, containerPort: 8080}], readinessProbe: {httpGet: {port: http}}}
  containers:
    - name: web
      image: nginx:1.27
      ports: [{name: http, containerPort: 80}, {name: metrics, containerPort: 9090}, {containerPort: 81}]
      livenessProbe: {tcpSocket: {port: 80}}
      startupProbe: {grpc: {port: 9090}}
      lifecycle: {preStop: {httpGet: {port: http, path: /stop}}}
      envFrom: [{prefix: APP_, configMapRef: {name: cfg}}]
      env: [{name: my.env-name, value: x}, {name: MY_ENV.NAME, value: y}]
`),
    { name: 'relaxed env var names from 1.32', code: pod('  containers:\n    - {name: a, image: x, env: [{name: "1A B", value: x}]}\n'), kubernetesVersion: '1.32' },
    { name: 'underscore and "." in DNS searches from 1.33', code: pod('  dnsConfig: {searches: [abc_d.example.com, "."]}\n  containers: [{name: a, image: x}]\n'), kubernetesVersion: '1.33' },
    { name: 'resourceClaims are dropped on create before 1.34', code: pod('  resourceClaims: [{name: GPU_0}]\n  containers: [{name: a, image: x}]\n'), kubernetesVersion: '1.33' },
    { name: 'the same port name in two containers', code: pod('  containers:\n    - {name: a, image: x, ports: [{name: http, containerPort: 80}]}\n    - {name: b, image: x, ports: [{name: http, containerPort: 81}]}\n') },
    { name: 'probe ports of a plain init container are not validated here', code: pod('  initContainers: [{name: i, image: x, livenessProbe: {httpGet: {port: "8080"}}}]\n  containers: [{name: a, image: x}]\n') },
  ],
  invalid: [
    {
      name: 'container names of every role',
      code: pod(`  initContainers:
    - {name: Init_1, image: x}
    - {name: Proxy.1, image: x, restartPolicy: Always}
  containers:
    - {name: Web_1, image: x}
  ephemeralContainers:
    - {name: -debug, image: x}
`),
      errors: [
        { messageId: 'invalidContainerName', path: 'spec.initContainers[0].name', line: 7, column: 8, message: `spec.initContainers[0].name: Invalid value: "Init_1": ${LABEL_REGEX}` },
        { messageId: 'invalidContainerName', path: 'spec.initContainers[1].name', line: 8, column: 8, message: 'spec.initContainers[1].name: Invalid value: "Proxy.1": a lowercase RFC 1123 label' },
        { messageId: 'invalidContainerName', path: 'spec.containers[0].name', line: 10, column: 8, message: 'Rename the container using' },
        { messageId: 'invalidContainerName', path: 'spec.ephemeralContainers[0].name', line: 12, column: 8, message: 'Rename the ephemeral container using' },
      ],
    },
    {
      name: 'CronJob container name path and a missing name (a numeric name is left to valid-field-types)',
      code: cronJob(`          containers:
            - name: Nightly_Job
              image: busybox:1.36
            - image: busybox:1.36
            - name: 1_
              image: busybox:1.36
`),
      errors: [
        { messageId: 'invalidContainerName', path: 'spec.jobTemplate.spec.template.spec.containers[0].name', line: 13, column: 15, message: 'spec.jobTemplate.spec.template.spec.containers[0].name: Invalid value: "Nightly_Job"' },
        { messageId: 'required', path: 'spec.jobTemplate.spec.template.spec.containers[1]', line: 15, column: 15, message: 'spec.jobTemplate.spec.template.spec.containers[1].name: Required value.' },
      ],
    },
    {
      name: 'volume names: invalid and duplicate',
      code: pod('  volumes:\n    - {name: data, emptyDir: {}}\n    - {name: data, emptyDir: {}}\n    - {name: Cache, emptyDir: {}}\n  containers: [{name: a, image: x}]\n'),
      errors: [
        { messageId: 'duplicate', path: 'spec.volumes[1].name', line: 8, column: 8, message: 'spec.volumes[1].name: Duplicate value: "data".' },
        { messageId: 'invalidVolumeName', path: 'spec.volumes[2].name', line: 9, column: 8, message: `spec.volumes[2].name: Invalid value: "Cache": ${LABEL_REGEX}` },
      ],
    },
    {
      name: 'port names: every reason in one finding, and a duplicate within a container',
      code: pod('  containers:\n    - name: a\n      image: x\n      ports:\n        - {name: -Web--Metrics-Port-, containerPort: 1}\n        - {name: http, containerPort: 2}\n        - {name: http, containerPort: 3}\n'),
      errors: [
        {
          messageId: 'invalidPortName',
          path: 'spec.containers[0].ports[0].name',
          line: 10,
          column: 12,
          message:
            'spec.containers[0].ports[0].name: Invalid value: "-Web--Metrics-Port-": must be no more than 15 characters, spec.containers[0].ports[0].name: Invalid value: "-Web--Metrics-Port-": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-), spec.containers[0].ports[0].name: Invalid value: "-Web--Metrics-Port-": must not contain consecutive hyphens, spec.containers[0].ports[0].name: Invalid value: "-Web--Metrics-Port-": must not begin or end with a hyphen. Use at most 15',
        },
        { messageId: 'duplicate', path: 'spec.containers[0].ports[2].name', line: 12, column: 12, message: 'spec.containers[0].ports[2].name: Duplicate value: "http".' },
      ],
    },
    {
      name: 'probe and lifecycle ports (app container and sidecar)',
      code: pod(`  initContainers:
    - name: proxy
      image: x
      restartPolicy: Always
      startupProbe: {tcpSocket: {port: Admin_Port}}
  containers:
    - name: a
      image: x
      readinessProbe: {httpGet: {port: "8080"}}
      livenessProbe: {grpc: {port: 70000}}
      lifecycle: {postStart: {tcpSocket: {port: 0}}}
`),
      errors: [
        { messageId: 'invalidHandlerPort', path: 'spec.initContainers[0].startupProbe.tcpSocket.port', line: 10, column: 34, message: 'Invalid value: "Admin_Port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-).' },
        { messageId: 'invalidHandlerPort', path: 'spec.containers[0].readinessProbe.httpGet.port', line: 14, column: 34, message: 'spec.containers[0].readinessProbe.httpGet.port: Invalid value: "8080": must contain at least one letter (a-z).' },
        { messageId: 'invalidHandlerPort', path: 'spec.containers[0].livenessProbe.grpc.port', line: 15, column: 30, message: 'Invalid value: 70000: must be between 1 and 65535, inclusive.' },
        { messageId: 'invalidHandlerPort', path: 'spec.containers[0].lifecycle.postStart.tcpSocket.port', line: 16, column: 43, message: 'Invalid value: 0: must be between 1 and 65535, inclusive.' },
      ],
    },
    {
      name: 'hostname and subdomain are labels',
      code: pod('  hostname: Web_0\n  subdomain: web.internal\n  containers: [{name: a, image: x}]\n'),
      errors: [
        { messageId: 'invalidHostname', path: 'spec.hostname', line: 6, column: 3, message: `spec.hostname: Invalid value: "Web_0": ${LABEL_REGEX}` },
        { messageId: 'invalidHostname', path: 'spec.subdomain', line: 7, column: 3, message: 'spec.subdomain: Invalid value: "web.internal": must not contain dots.' },
      ],
    },
    {
      name: 'object references are subdomains; an empty runtimeClassName is rejected',
      code: cronJob(`          serviceAccountName: CI_Builder
          priorityClassName: High
          nodeName: node_1
          runtimeClassName: ""
          hostAliases:
            - ip: 10.0.0.1
              hostnames: [db.local, "DB_HOST"]
          containers: [{name: a, image: x}]
`),
      errors: [
        { messageId: 'invalidObjectReference', path: 'spec.jobTemplate.spec.template.spec.serviceAccountName', line: 12, column: 11, message: 'It names a ServiceAccount' },
        { messageId: 'invalidObjectReference', path: 'spec.jobTemplate.spec.template.spec.priorityClassName', line: 13, column: 11, message: 'It names a PriorityClass' },
        { messageId: 'invalidObjectReference', path: 'spec.jobTemplate.spec.template.spec.nodeName', line: 14, column: 11, message: 'It names a Node' },
        { messageId: 'invalidObjectReference', path: 'spec.jobTemplate.spec.template.spec.runtimeClassName', line: 15, column: 11, message: 'runtimeClassName: Invalid value: "": a lowercase RFC 1123 subdomain' },
        { messageId: 'invalidHostAlias', path: 'spec.jobTemplate.spec.template.spec.hostAliases[0].hostnames[1]', line: 18, column: 37 },
      ],
    },
    {
      name: 'scheduling gates and readiness gates are qualified names',
      code: pod('  schedulingGates: [{name: a/b/c}, {name: quota}, {name: quota}]\n  readinessGates: [{conditionType: "Ready "}]\n  containers: [{name: a, image: x}]\n'),
      errors: [
        { messageId: 'invalidQualifiedName', path: 'spec.schedulingGates[0].name', line: 6, column: 22, message: 'spec.schedulingGates[0]: Invalid value: "a/b/c": a valid label key must consist of' },
        { messageId: 'duplicate', path: 'spec.schedulingGates[2].name', line: 6, column: 52, message: 'spec.schedulingGates[2]: Duplicate value: "quota".' },
        { messageId: 'invalidQualifiedName', path: 'spec.readinessGates[0].conditionType', line: 7, column: 21, message: 'spec.readinessGates[0].conditionType: Invalid value: "Ready ": name part must consist of' },
      ],
    },
    {
      name: 'strict env var names before 1.32',
      code: pod('  containers:\n    - name: a\n      image: x\n      env:\n        - {name: 1A, value: x}\n        - {name: "..", value: y}\n        - {value: z}\n      envFrom: [{prefix: "my-", configMapRef: {name: c}}, {prefix: "9", secretRef: {name: s}}]\n'),
      kubernetesVersion: '1.31',
      errors: [
        { messageId: 'invalidEnvVarName', path: 'spec.containers[0].env[0].name', line: 10, column: 12, message: "spec.containers[0].env[0].name: Invalid value: \"1A\": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit" },
        { messageId: 'invalidEnvVarName', path: 'spec.containers[0].env[1].name', line: 11, column: 12, message: 'spec.containers[0].env[1].name: Invalid value: "..": must not be \'..\'.' },
        { messageId: 'required', path: 'spec.containers[0].env[2]', line: 12, column: 11, message: 'spec.containers[0].env[2].name: Required value.' },
        { messageId: 'invalidEnvVarName', path: 'spec.containers[0].envFrom[1].prefix', line: 13, column: 60 },
      ],
    },
    {
      name: 'relaxed env var names from 1.32 still reject "="',
      code: pod('  containers:\n    - {name: a, image: x, env: [{name: "A=B", value: x}]}\n'),
      kubernetesVersion: '1.32',
      errors: [{ messageId: 'invalidEnvVarName', path: 'spec.containers[0].env[0].name', line: 7, column: 34, message: "Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='." }],
    },
    {
      name: 'sysctl names: invalid, missing and duplicate',
      code: pod('  securityContext:\n    sysctls:\n      - {name: Kernel.SHM, value: "1"}\n      - {value: "1"}\n      - {name: kernel.msgmax, value: "1"}\n      - {name: kernel.msgmax, value: "2"}\n  containers: [{name: a, image: x}]\n'),
      errors: [
        { messageId: 'invalidSysctlName', path: 'spec.securityContext.sysctls[0].name', line: 8, column: 10, message: 'Invalid value: "Kernel.SHM": must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$.' },
        { messageId: 'required', path: 'spec.securityContext.sysctls[1]', line: 9, column: 9 },
        { messageId: 'duplicate', path: 'spec.securityContext.sysctls[3].name', line: 11, column: 10 },
      ],
    },
    {
      name: 'dnsConfig: too many nameservers, strict searches before 1.33',
      code: pod('  dnsConfig:\n    nameservers: [1.1.1.1, 1.0.0.1, 8.8.8.8, 8.8.4.4]\n    searches: [abc_d.example.com, corp.example.com.]\n  containers: [{name: a, image: x}]\n'),
      kubernetesVersion: '1.32',
      errors: [
        { messageId: 'tooManyNameservers', path: 'spec.dnsConfig.nameservers', line: 7, column: 5, message: 'spec.dnsConfig.nameservers: Invalid value: []string{"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4"}: must not have more than 3 nameservers.' },
        { messageId: 'invalidDnsSearch', path: 'spec.dnsConfig.searches[0]', line: 8, column: 16, message: 'spec.dnsConfig.searches[0]: Invalid value: "abc_d.example.com": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\'' },
      ],
    },
    {
      name: 'dnsConfig: relaxed searches from 1.33 still need a valid shape; the server shows the trimmed value',
      code: pod('  dnsConfig:\n    searches: ["_a_.example.com."]\n  containers: [{name: a, image: x}]\n'),
      kubernetesVersion: '1.33',
      errors: [
        {
          messageId: 'invalidDnsSearch',
          line: 7,
          column: 16,
          message:
            "spec.dnsConfig.searches[0]: Invalid value: \"_a_.example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*').",
        },
      ],
    },
    {
      name: 'dnsConfig: 1.34 quotes the underscore regex',
      code: pod('  dnsConfig:\n    searches: ["_a_.example.com."]\n  containers: [{name: a, image: x}]\n'),
      kubernetesVersion: '1.34',
      errors: [{ messageId: 'invalidDnsSearch', message: "regex used for validation is '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*')." }],
    },
    {
      name: 'dnsConfig: more than 32 searches',
      code: pod(`  dnsConfig:\n    searches: [${Array.from({ length: 33 }, (_, i) => `s${i}.example.com`).join(', ')}]\n  containers: [{name: a, image: x}]\n`),
      errors: [{ messageId: 'tooManySearches', path: 'spec.dnsConfig.searches', line: 7, column: 5, message: 'must not have more than 32 search paths.' }],
    },
    {
      name: 'dnsConfig: search list over 2048 characters',
      code: pod(`  dnsConfig:\n    searches: [${Array.from({ length: 11 }, (_, i) => `${String(i % 10)}${'a'.repeat(62)}.${'b'.repeat(63)}.${'c'.repeat(63)}.example.com`).join(', ')}]\n  containers: [{name: a, image: x}]\n`),
      errors: [{ messageId: 'searchListTooLong', path: 'spec.dnsConfig.searches', line: 7, column: 5, message: 'must not have more than 2048 characters (including spaces) in the search list.' }],
    },
    {
      name: 'resourceClaims from 1.34: invalid and duplicate names',
      code: pod('  resourceClaims:\n    - {name: GPU_0, resourceClaimName: gpu}\n    - {name: gpu, resourceClaimName: gpu}\n    - {name: gpu, resourceClaimName: gpu2}\n  containers: [{name: a, image: x}]\n'),
      kubernetesVersion: '1.34',
      errors: [
        { messageId: 'invalidResourceClaimName', path: 'spec.resourceClaims[0].name', line: 7, column: 8 },
        { messageId: 'duplicate', path: 'spec.resourceClaims[2].name', line: 9, column: 8, message: 'spec.resourceClaims[2].name: Duplicate value: "gpu".' },
      ],
    },
    {
      name: 'Deployment template',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http_port
              containerPort: 80
`,
      errors: [{ messageId: 'invalidPortName', path: 'spec.template.spec.containers[0].ports[0].name', line: 16, column: 15 }],
    },
  ],
});
