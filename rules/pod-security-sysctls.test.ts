import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './pod-security-sysctls.js';

const pod = (...names: string[]): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  securityContext:
    sysctls:
${names.map((n) => `      - name: ${n}\n        value: "1"\n`).join('')}  containers:
    - name: app
      image: x
`;

new RuleTester().run(rule, {
  valid: [
    pod('kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'),
    { code: pod('net.ipv4.ip_local_reserved_ports'), kubernetesVersion: '1.27' },
    { code: pod('net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'), kubernetesVersion: '1.29' },
    { code: pod('net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'), kubernetesVersion: '1.32' },
    { code: pod('net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'), kubernetesVersion: '1.37' },
  ],
  invalid: [
    { code: pod('kernel.msgmax'), errors: [{ messageId: 'violation', path: 'spec.securityContext.sysctls[0].name', line: 8, column: 9, message: 'forbidden sysctls (kernel.msgmax)' }] },
    { code: pod('net.ipv4.tcp_keepalive_time'), kubernetesVersion: '1.28', errors: [{ messageId: 'violation', path: 'spec.securityContext.sysctls[0].name', line: 8, column: 9 }] },
    { code: pod('net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'), kubernetesVersion: '1.31', errors: 2 },
    { code: pod('kernel.shm_rmid_forced', 'net.ipv4.tcp_notsent_lowat'), kubernetesVersion: '1.36', errors: [{ messageId: 'violation', path: 'spec.securityContext.sysctls[1].name', line: 10, column: 9 }] },
    { name: 'slash-separated names are compared as written', code: pod('net/ipv4/tcp_syncookies'), errors: 1 },
  ],
});
