import { RuleTester } from '../src/testing/rule-tester.js';
import rule from './valid-cronjob-update.js';

const cron = (schedule: string): string => `apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: ${schedule}
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: run, image: busybox:1.36}]
`;

new RuleTester().run(rule, {
  valid: [
    { name: 'plain schedule change', previous: cron('"0 2 * * *"'), code: cron('"0 3 * * *"') },
    { name: 'an existing TZ may stay', previous: cron('"TZ=UTC 0 2 * * *"'), code: cron('"TZ=UTC 0 3 * * *"') },
    { name: 'TZ may be removed', previous: cron('"CRON_TZ=UTC 0 2 * * *"'), code: cron('"0 2 * * *"') },
  ],
  invalid: [
    {
      name: 'TZ added',
      previous: cron('"0 2 * * *"'),
      code: cron('"CRON_TZ=Europe/Berlin 0 2 * * *"'),
      errors: [{ messageId: 'timeZoneInSchedule', path: 'spec.schedule', line: 5, column: 3, message: 'spec.schedule: Invalid value: "CRON_TZ=Europe/Berlin 0 2 * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead' }],
    },
    {
      name: 'an existing TZ together with a new timeZone',
      previous: cron('"TZ=UTC 0 2 * * *"'),
      code: cron('"TZ=UTC 0 2 * * *"\n  timeZone: Etc/UTC'),
      errors: [{ messageId: 'bothTimeZones', path: 'spec.schedule', line: 5, column: 3, message: 'cannot use both timeZone field and TZ or CRON_TZ in schedule' }],
    },
  ],
});
