// Validates HAR files against the HAR 1.2 schema (npm har-validator, which uses har-schema
// and ajv). Usage: node validate.js FILE.har...  Exit 0 when every file is valid, 1 with
// the schema's complaints otherwise, 2 on bad usage.
'use strict';
const fs = require('fs');
const validator = require('har-validator');

async function main(files) {
    if (files.length === 0) {
        console.error('usage: node validate.js FILE.har...');
        return 2;
    }
    let failed = 0;
    for (const file of files) {
        let data;
        try {
            data = JSON.parse(fs.readFileSync(file, 'utf8'));
        } catch (error) {
            console.error(`${file}: not JSON: ${error.message}`);
            failed++;
            continue;
        }
        try {
            await validator.har(data);
            console.log(`${file}: valid HAR 1.2 (${data.log.entries.length} entries)`);
        } catch (error) {
            failed++;
            console.error(`${file}: ${error.message}`);
            for (const problem of error.errors || [])
                console.error(`  ${problem.dataPath || problem.instancePath || '/'} ${problem.message}`);
        }
    }
    return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
