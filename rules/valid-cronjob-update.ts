// CronJob updates: `TZ=` / `CRON_TZ=` in the schedule is accepted only when the old schedule had it.
import { defineRule } from '../src/core/rule.js';
import { apiGroup } from '../src/k8s/pod-spec.js';
import { scheduleHasTimeZone, show } from '../src/k8s/update.js';
import { dig } from '../src/k8s/values.js';

export type MessageIds = 'timeZoneInSchedule' | 'bothTimeZones';

export default defineRule<MessageIds>({
  id: 'valid-cronjob-update',
  meta: {
    description: 'Validate CronJob updates: no new TZ or CRON_TZ prefix in the schedule, and not together with timeZone',
    category: 'validity',
    severity: 'error',
    phase: 'update',
    remediation: 'Put the time zone in spec.timeZone (for example "Europe/Berlin") and keep the schedule a plain cron expression.',
    messages: {
      timeZoneInSchedule:
        '{{path}}: Invalid value: {{value}}: cannot use TZ or CRON_TZ in schedule, use timeZone field instead. Move the zone to spec.timeZone; only schedules that already had it keep it on update.',
      bothTimeZones:
        '{{path}}: Invalid value: {{value}}: cannot use both timeZone field and TZ or CRON_TZ in schedule. Remove the TZ= prefix from the schedule when you set spec.timeZone.',
    },
  },
  create(ctx) {
    return {
      update({ previous, current }) {
        if (current.kind !== 'CronJob' || apiGroup(current.apiVersion) !== 'batch') return;
        const schedule = dig(current.value, 'spec', 'schedule');
        if (!scheduleHasTimeZone(schedule)) return;
        const path = ['spec', 'schedule'];
        if (!scheduleHasTimeZone(dig(previous.value, 'spec', 'schedule'))) {
          ctx.report({ messageId: 'timeZoneInSchedule', path, previousPath: path, data: { value: show(schedule) } });
          return;
        }
        const timeZone = dig(current.value, 'spec', 'timeZone');
        if (timeZone !== undefined && timeZone !== null) ctx.report({ messageId: 'bothTimeZones', path, previousPath: path, data: { value: show(schedule) } });
      },
    };
  },
});
