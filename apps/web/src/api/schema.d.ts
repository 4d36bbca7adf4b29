// Generated from the server's OpenAPI document by `npm run api:types -w apps/web`. Do not edit:
// change the zod schemas in apps/server and regenerate (test/api-types.int.test.ts fails on drift).

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, database engine and business date (no sign-in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            /** @description YYYY-MM-DD; null before the database has one */
                            businessDate: string | null;
                        };
                    };
                };
                /** @description An error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in: sets the http-only session cookie
         * @description Five failures for one username within 15 minutes lock it for 15 minutes (429 with Retry-After); twenty from one address throttle that address likewise.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            displayName: string;
                            roles: ("admin" | "account_manager" | "post_loan_officer" | "credit_reviewer" | "department_head" | "risk_head" | "collector" | "auditor")[];
                            branchId: string;
                            permissions: ("loans:read" | "loans:export" | "branches:read" | "account_managers:read" | "customers:read" | "repayments:book" | "prepayments:book" | "reports:read" | "approvals:request" | "approvals:read" | "approvals:decide" | "classification.override.approve" | "repayment.reversal.approve" | "rescheduling:request" | "loan.extension.approve" | "loan.restructure.approve" | "user.role_change.approve" | "audit:read" | "audit:verify" | "customers:unmask" | "users:admin" | "eod:run" | "eod:read" | "inspections:read" | "inspections:write" | "inspections:review" | "key_customer.flag.approve" | "warnings:read" | "warnings:decide" | "archive:read" | "archive:write" | "archive.destruction.approve" | "collection:read" | "collection:act" | "collection:assign" | "recovery:read" | "recovery:write" | "write_off:request" | "loan.write_off.approve" | "recoveries:book" | "interest_caps:read" | "interest_caps:admin" | "handover:read" | "handover:write" | "handover:sign" | "stopflags:set" | "stopflags:lift")[];
                            /**
                             * @description all: every branch (global role); branch: branchId and below
                             * @enum {string}
                             */
                            scope: "all" | "branch";
                            /** @description an administrator set the password: change it (POST /me/password) before anything else answers (403 password_change_required) */
                            passwordChangeRequired: boolean;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session and clears the cookie (also when already signed out) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their roles, permissions and scope */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            displayName: string;
                            roles: ("admin" | "account_manager" | "post_loan_officer" | "credit_reviewer" | "department_head" | "risk_head" | "collector" | "auditor")[];
                            branchId: string;
                            permissions: ("loans:read" | "loans:export" | "branches:read" | "account_managers:read" | "customers:read" | "repayments:book" | "prepayments:book" | "reports:read" | "approvals:request" | "approvals:read" | "approvals:decide" | "classification.override.approve" | "repayment.reversal.approve" | "rescheduling:request" | "loan.extension.approve" | "loan.restructure.approve" | "user.role_change.approve" | "audit:read" | "audit:verify" | "customers:unmask" | "users:admin" | "eod:run" | "eod:read" | "inspections:read" | "inspections:write" | "inspections:review" | "key_customer.flag.approve" | "warnings:read" | "warnings:decide" | "archive:read" | "archive:write" | "archive.destruction.approve" | "collection:read" | "collection:act" | "collection:assign" | "recovery:read" | "recovery:write" | "write_off:request" | "loan.write_off.approve" | "recoveries:book" | "interest_caps:read" | "interest_caps:admin" | "handover:read" | "handover:write" | "handover:sign" | "stopflags:set" | "stopflags:lift")[];
                            /**
                             * @description all: every branch (global role); branch: branchId and below
                             * @enum {string}
                             */
                            scope: "all" | "branch";
                            /** @description an administrator set the password: change it (POST /me/password) before anything else answers (403 password_change_required) */
                            passwordChangeRequired: boolean;
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password: ends all your sessions and signs this one in afresh */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        /** @description 10–128 characters with letters and digits; not the demo password */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Loans inside your branch scope, filtered, sorted and paged */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                    /** @description this branch and the branches under it */
                    branchId?: string;
                    /** @description account manager (user id) */
                    managerId?: string;
                    customerId?: string;
                    /** @description one or more, comma-separated: M1,M2 */
                    bucket?: string;
                    classification?: string;
                    status?: string;
                    method?: string;
                    /** @description loan amount at least (yuan) */
                    amountMin?: string;
                    /** @description loan amount at most (yuan) */
                    amountMax?: string;
                    /** @description part of loan/contract/customer number or name, or a whole ID number */
                    q?: string;
                    /** @description one of loanNo, customerName, principal, principalOwed, dpd, bucket, classification, disbursementDate, maturityDate; '-' for descending */
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                loanNo: string;
                                customerId: string;
                                customerNo: string;
                                customerName: string;
                                /** @description the borrower’s ID number, masked (1101**********1234) */
                                customerIdNumber: string;
                                /** @description the borrower’s phone, masked (138****5678) */
                                customerPhone: string | null;
                                branchId: string;
                                managerId: string | null;
                                /** @description the account manager’s display name; null when none */
                                managerName: string | null;
                                /** @description yuan, two decimals */
                                principal: string;
                                /** @description yuan, two decimals */
                                principalOwed: string;
                                dpd: number;
                                /** @enum {string} */
                                bucket: "M0" | "M1" | "M2" | "M3" | "M4" | "M5" | "M6" | "M7+";
                                /** @enum {string} */
                                classification: "normal" | "special_mention" | "substandard" | "doubtful" | "loss";
                                /** @enum {string} */
                                status: "active" | "settled" | "written_off";
                                /** @enum {string} */
                                method: "equal_installment" | "equal_principal" | "interest_only" | "bullet";
                                /** @description YYYY-MM-DD */
                                disbursementDate: string;
                                /** @description YYYY-MM-DD */
                                maturityDate: string;
                                /** @description the borrower is a key customer (重点客户) today */
                                isKeyCustomer: boolean;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The loan register (台账) of the loans a GET /loans filter selects, as an Excel workbook
         * @description The same filters as GET /loans (no paging, no sort: rows in loan id order), inside your scope. Sheet 贷款台账 (Chinese headers, frozen and filterable, amounts as numbers in yuan, ID numbers and phones masked) and 汇总 (the loans in force by 五级分类 and 账龄, and the filter). 422 (field "filter") when more loans match than DAIHOU_EXPORT_ROW_LIMIT (default 100,000). Each export appends a loans.export audit entry with the filter and the row count.
         */
        get: {
            parameters: {
                query?: {
                    /** @description this branch and the branches under it */
                    branchId?: string;
                    /** @description account manager (user id) */
                    managerId?: string;
                    customerId?: string;
                    /** @description one or more, comma-separated: M1,M2 */
                    bucket?: string;
                    classification?: string;
                    status?: string;
                    method?: string;
                    /** @description loan amount at least (yuan) */
                    amountMin?: string;
                    /** @description loan amount at most (yuan) */
                    amountMax?: string;
                    /** @description part of loan/contract/customer number or name, or a whole ID number */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the .xlsx workbook (binary); x-total-count: the rows in it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One loan with schedule, repayments, class history and events (404 outside your scope) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            loanNo: string;
                            customerId: string;
                            customerNo: string;
                            customerName: string;
                            /** @description the borrower’s ID number, masked (1101**********1234) */
                            customerIdNumber: string;
                            /** @description the borrower’s phone, masked (138****5678) */
                            customerPhone: string | null;
                            branchId: string;
                            managerId: string | null;
                            /** @description the account manager’s display name; null when none */
                            managerName: string | null;
                            /** @description yuan, two decimals */
                            principal: string;
                            /** @description yuan, two decimals */
                            principalOwed: string;
                            dpd: number;
                            /** @enum {string} */
                            bucket: "M0" | "M1" | "M2" | "M3" | "M4" | "M5" | "M6" | "M7+";
                            /** @enum {string} */
                            classification: "normal" | "special_mention" | "substandard" | "doubtful" | "loss";
                            /** @enum {string} */
                            status: "active" | "settled" | "written_off";
                            /** @enum {string} */
                            method: "equal_installment" | "equal_principal" | "interest_only" | "bullet";
                            /** @description YYYY-MM-DD */
                            disbursementDate: string;
                            /** @description YYYY-MM-DD */
                            maturityDate: string;
                            /** @description the borrower is a key customer (重点客户) today */
                            isKeyCustomer: boolean;
                            contractId: string;
                            productCode: string;
                            /** @description percent per year */
                            annualRate: string;
                            term: number;
                            /** @enum {string} */
                            frequency: "monthly" | "quarterly";
                            /** @enum {string} */
                            paymentMode: "entrusted" | "self";
                            purpose: string;
                            /** @enum {string} */
                            securityType: "unsecured" | "guarantee" | "mortgage" | "pledge";
                            /** @description YYYY-MM-DD */
                            accruedThrough: string;
                            /** @description yuan, two decimals */
                            creditBalance: string;
                            classRule: string;
                            /** @description the manual class an approved override set (RULES.md §5); end of day gives the loan the worse of it and the automatic class, so it can be worse than classification until tonight; null when none */
                            manualClassification: ("normal" | "special_mention" | "substandard" | "doubtful" | "loss") | null;
                            schedule: {
                                period: number;
                                /** @enum {string} */
                                kind: "scheduled" | "prepayment";
                                /** @description YYYY-MM-DD */
                                dueDate: string;
                                /** @description yuan, two decimals */
                                principalDue: string;
                                /** @description yuan, two decimals */
                                interestDue: string;
                                /** @description yuan, two decimals */
                                feeDue: string;
                                /** @description yuan, two decimals */
                                principalPaid: string;
                                /** @description yuan, two decimals */
                                interestPaid: string;
                                /** @description yuan, two decimals */
                                feePaid: string;
                                /** @description yuan, two decimals */
                                penaltyAccrued: string;
                                /** @description yuan, two decimals */
                                penaltyPaid: string;
                                /** @description yuan, two decimals */
                                compoundAccrued: string;
                                /** @description yuan, two decimals */
                                compoundPaid: string;
                            }[];
                            repayments: {
                                id: string;
                                /** @description YYYY-MM-DD */
                                date: string;
                                /** @description yuan, two decimals */
                                amount: string;
                                allocated: {
                                    /** @description yuan, two decimals */
                                    penalty: string;
                                    /** @description yuan, two decimals */
                                    compound: string;
                                    /** @description yuan, two decimals */
                                    interest: string;
                                    /** @description yuan, two decimals */
                                    principal: string;
                                    /** @description yuan, two decimals */
                                    fee: string;
                                };
                                /** @description yuan, two decimals */
                                toCreditBalance: string;
                                /**
                                 * @description reversed: taken back by a same-day reversal (冲正)
                                 * @enum {string}
                                 */
                                status: "booked" | "reversed";
                            }[];
                            classHistory: {
                                /** @description YYYY-MM-DD */
                                validFrom: string;
                                /** @description first end of day no longer covered; null while it holds */
                                validTo: string | null;
                                /** @enum {string} */
                                status: "active" | "settled" | "written_off";
                                /** @enum {string} */
                                classification: "normal" | "special_mention" | "substandard" | "doubtful" | "loss";
                                classRule: string;
                                /** @description yuan, two decimals */
                                principalOwed: string;
                                /** @description yuan, two decimals */
                                specificProvision: string;
                            }[];
                            events: {
                                id: string;
                                /** @description YYYY-MM-DD */
                                businessDate: string;
                                eventType: string;
                                oldValue: string | null;
                                newValue: string | null;
                                rule: string | null;
                                actor: string;
                                payload: unknown;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/repayment-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Repayment allocation quote (还款试算): where an amount would go if booked now
         * @description Runs the booking’s own waterfall on the loan as it is on the business date and writes nothing: the allocation per installment and component, what would wait as credit balance, and the balances before and after. The same refusals as a booking (written off 422, day closed 422).
         */
        get: {
            parameters: {
                query: {
                    /** @description yuan, more than 0.00: the money the borrower brings */
                    amount: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loanId: string;
                            /** @description the business date a booking now would be dated */
                            date: string;
                            /** @description yuan, two decimals */
                            amount: string;
                            /** @description where this money goes, per installment (oldest first), per component */
                            installments: {
                                period: number;
                                /** @description YYYY-MM-DD */
                                dueDate: string;
                                /** @description yuan, two decimals */
                                penalty: string;
                                /** @description yuan, two decimals */
                                compound: string;
                                /** @description yuan, two decimals */
                                fee: string;
                                /** @description yuan, two decimals */
                                interest: string;
                                /** @description yuan, two decimals */
                                principal: string;
                                /** @description yuan, two decimals */
                                total: string;
                            }[];
                            allocated: {
                                /** @description yuan, two decimals */
                                penalty: string;
                                /** @description yuan, two decimals */
                                compound: string;
                                /** @description yuan, two decimals */
                                interest: string;
                                /** @description yuan, two decimals */
                                principal: string;
                                /** @description yuan, two decimals */
                                fee: string;
                            };
                            /** @description what is left with nothing due to pay: waits as credit balance */
                            toCreditBalance: string;
                            /** @description what the credit balance already waiting pays today, before this money */
                            creditBalanceApplied: {
                                period: number;
                                /** @description YYYY-MM-DD */
                                dueDate: string;
                                /** @description yuan, two decimals */
                                penalty: string;
                                /** @description yuan, two decimals */
                                compound: string;
                                /** @description yuan, two decimals */
                                fee: string;
                                /** @description yuan, two decimals */
                                interest: string;
                                /** @description yuan, two decimals */
                                principal: string;
                                /** @description yuan, two decimals */
                                total: string;
                            }[];
                            /** @description the loan at the start of the business date */
                            before: {
                                /** @description all principal not yet paid, due or not */
                                principalOwed: string;
                                /** @description unpaid principal of installments due on or before the date */
                                duePrincipal: string;
                                /** @description unpaid interest of installments due on or before the date */
                                dueInterest: string;
                                /** @description yuan, two decimals */
                                penalty: string;
                                /** @description yuan, two decimals */
                                compound: string;
                                /** @description yuan, two decimals */
                                fee: string;
                                /** @description yuan, two decimals */
                                creditBalance: string;
                            };
                            /** @description the loan after this money */
                            after: {
                                /** @description all principal not yet paid, due or not */
                                principalOwed: string;
                                /** @description unpaid principal of installments due on or before the date */
                                duePrincipal: string;
                                /** @description unpaid interest of installments due on or before the date */
                                dueInterest: string;
                                /** @description yuan, two decimals */
                                penalty: string;
                                /** @description yuan, two decimals */
                                compound: string;
                                /** @description yuan, two decimals */
                                fee: string;
                                /** @description yuan, two decimals */
                                creditBalance: string;
                            };
                            /** @enum {string} */
                            statusAfter: "active" | "settled";
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a repayment on the business date (idempotent by Idempotency-Key)
         * @description The money pays penalty, compound, interest and principal by the waterfall; what is not due waits as credit balance. A retry with the same key and body returns the first result; the same key with another body is 409.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Same key and body: the first result again. Same key, another body: 409. */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the current business date (earlier dates are corrections for maker–checker) */
                        date: string;
                        /** @description yuan, more than 0.00 */
                        amount: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description YYYY-MM-DD */
                            date: string;
                            /** @description yuan, two decimals */
                            amount: string;
                            allocated: {
                                /** @description yuan, two decimals */
                                penalty: string;
                                /** @description yuan, two decimals */
                                compound: string;
                                /** @description yuan, two decimals */
                                interest: string;
                                /** @description yuan, two decimals */
                                principal: string;
                                /** @description yuan, two decimals */
                                fee: string;
                            };
                            /** @description yuan, two decimals */
                            toCreditBalance: string;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/payoff-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payoff quote (结清试算) for the business date or a later date */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, the business date (default) or later */
                    date?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loanId: string;
                            date: string;
                            /** @description yuan, two decimals */
                            duePrincipal: string;
                            /** @description yuan, two decimals */
                            dueInterest: string;
                            /** @description yuan, two decimals */
                            penalty: string;
                            /** @description yuan, two decimals */
                            compound: string;
                            /** @description yuan, two decimals */
                            dueFee: string;
                            /** @description yuan, two decimals */
                            notDuePrincipal: string;
                            /** @description yuan, two decimals */
                            prepaidPrincipal: string;
                            /** @description yuan, two decimals */
                            principalAfter: string;
                            brokenPeriodFrom: string;
                            brokenPeriodDays: number;
                            /** @description yuan, two decimals */
                            brokenPeriodInterest: string;
                            /** @description yuan, two decimals */
                            prepaymentFee: string;
                            /** @description yuan, two decimals */
                            grossAmount: string;
                            /** @description yuan, two decimals */
                            creditBalanceApplied: string;
                            /** @description what the borrower brings */
                            netAmount: string;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/prepayment-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partial prepayment quote (提前还款试算) for a principal amount */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD, the business date (default) or later */
                    date?: string;
                    /** @description principal to prepay (yuan); less than all principal not yet due */
                    principal: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loanId: string;
                            date: string;
                            /** @description yuan, two decimals */
                            duePrincipal: string;
                            /** @description yuan, two decimals */
                            dueInterest: string;
                            /** @description yuan, two decimals */
                            penalty: string;
                            /** @description yuan, two decimals */
                            compound: string;
                            /** @description yuan, two decimals */
                            dueFee: string;
                            /** @description yuan, two decimals */
                            notDuePrincipal: string;
                            /** @description yuan, two decimals */
                            prepaidPrincipal: string;
                            /** @description yuan, two decimals */
                            principalAfter: string;
                            brokenPeriodFrom: string;
                            brokenPeriodDays: number;
                            /** @description yuan, two decimals */
                            brokenPeriodInterest: string;
                            /** @description yuan, two decimals */
                            prepaymentFee: string;
                            /** @description yuan, two decimals */
                            grossAmount: string;
                            /** @description yuan, two decimals */
                            creditBalanceApplied: string;
                            /** @description what the borrower brings */
                            netAmount: string;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/prepayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a partial prepayment or a payoff on the business date (idempotent by Idempotency-Key) */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Same key and body: the first result again. Same key, another body: 409. */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the current business date */
                        date: string;
                        /** @description money paid in (yuan, more than 0.00); a payoff needs at least the quote's netAmount */
                        amount: string;
                        /**
                         * @description keep_term: smaller installments; keep_installment: earlier maturity; payoff: settle the loan
                         * @enum {string}
                         */
                        mode: "keep_term" | "keep_installment" | "payoff";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            repayment: {
                                id: string;
                                /** @description YYYY-MM-DD */
                                date: string;
                                /** @description yuan, two decimals */
                                amount: string;
                                allocated: {
                                    /** @description yuan, two decimals */
                                    penalty: string;
                                    /** @description yuan, two decimals */
                                    compound: string;
                                    /** @description yuan, two decimals */
                                    interest: string;
                                    /** @description yuan, two decimals */
                                    principal: string;
                                    /** @description yuan, two decimals */
                                    fee: string;
                                };
                                /** @description yuan, two decimals */
                                toCreditBalance: string;
                            };
                            /** @enum {string} */
                            mode: "keep_term" | "keep_installment" | "payoff";
                            /** @description yuan, two decimals */
                            prepaidPrincipal: string;
                            /** @description yuan, two decimals */
                            brokenPeriodInterest: string;
                            /** @description yuan, two decimals */
                            prepaymentFee: string;
                            /** @description yuan, two decimals */
                            principalAfter: string;
                            /** @enum {string} */
                            status: "active" | "settled";
                            /** @description the installments due after the prepayment date, as they now are */
                            schedule: {
                                period: number;
                                /** @enum {string} */
                                kind: "scheduled" | "prepayment";
                                /** @description YYYY-MM-DD */
                                dueDate: string;
                                /** @description yuan, two decimals */
                                principalDue: string;
                                /** @description yuan, two decimals */
                                interestDue: string;
                                /** @description yuan, two decimals */
                                feeDue: string;
                                /** @description yuan, two decimals */
                                principalPaid: string;
                                /** @description yuan, two decimals */
                                interestPaid: string;
                                /** @description yuan, two decimals */
                                feePaid: string;
                                /** @description yuan, two decimals */
                                penaltyAccrued: string;
                                /** @description yuan, two decimals */
                                penaltyPaid: string;
                                /** @description yuan, two decimals */
                                compoundAccrued: string;
                                /** @description yuan, two decimals */
                                compoundPaid: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers inside your branch scope (ID numbers and phones masked) */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                    /** @description this branch and the branches under it */
                    branchId?: string;
                    managerId?: string;
                    customerType?: "individual" | "enterprise";
                    /** @description part of customer number or name, or a whole ID number or phone */
                    q?: string;
                    /** @description one of customerNo, name, principalOwed, maxDpd; '-' for descending */
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                customerNo: string;
                                name: string;
                                /** @enum {string} */
                                customerType: "individual" | "enterprise";
                                idType: string;
                                /** @description masked (1101**********1234, 138****5678) */
                                idNumber: string;
                                phone: string | null;
                                industry: string | null;
                                region: string | null;
                                branchId: string;
                                managerId: string | null;
                                activeLoans: number;
                                /** @description yuan, two decimals */
                                principalOwed: string;
                                maxDpd: number;
                                /** @description a key customer (重点客户) today */
                                isKeyCustomer: boolean;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customer view (客户360): loans, guarantees given and received, collateral, events */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerNo: string;
                            name: string;
                            /** @enum {string} */
                            customerType: "individual" | "enterprise";
                            idType: string;
                            /** @description masked (1101**********1234, 138****5678) */
                            idNumber: string;
                            phone: string | null;
                            industry: string | null;
                            region: string | null;
                            branchId: string;
                            managerId: string | null;
                            activeLoans: number;
                            /** @description yuan, two decimals */
                            principalOwed: string;
                            maxDpd: number;
                            /** @description a key customer (重点客户) today */
                            isKeyCustomer: boolean;
                            loans: {
                                id: string;
                                loanNo: string;
                                customerId: string;
                                customerNo: string;
                                customerName: string;
                                /** @description the borrower’s ID number, masked (1101**********1234) */
                                customerIdNumber: string;
                                /** @description the borrower’s phone, masked (138****5678) */
                                customerPhone: string | null;
                                branchId: string;
                                managerId: string | null;
                                /** @description the account manager’s display name; null when none */
                                managerName: string | null;
                                /** @description yuan, two decimals */
                                principal: string;
                                /** @description yuan, two decimals */
                                principalOwed: string;
                                dpd: number;
                                /** @enum {string} */
                                bucket: "M0" | "M1" | "M2" | "M3" | "M4" | "M5" | "M6" | "M7+";
                                /** @enum {string} */
                                classification: "normal" | "special_mention" | "substandard" | "doubtful" | "loss";
                                /** @enum {string} */
                                status: "active" | "settled" | "written_off";
                                /** @enum {string} */
                                method: "equal_installment" | "equal_principal" | "interest_only" | "bullet";
                                /** @description YYYY-MM-DD */
                                disbursementDate: string;
                                /** @description YYYY-MM-DD */
                                maturityDate: string;
                                /** @description the borrower is a key customer (重点客户) today */
                                isKeyCustomer: boolean;
                            }[];
                            /** @description guarantees securing this customer's contracts */
                            guaranteesReceived: {
                                id: string;
                                contractId: string;
                                contractNo: string;
                                borrowerId: string;
                                borrowerName: string;
                                guarantorCustomerId: string | null;
                                guarantorName: string;
                                guarantorIdType: string;
                                /** @description masked (1101**********1234, 138****5678) */
                                guarantorIdNumber: string;
                                guarantorPhone: string | null;
                                /** @enum {string} */
                                guaranteeType: "joint_several" | "general";
                                /** @description yuan, two decimals */
                                amount: string;
                                startDate: string;
                                endDate: string;
                            }[];
                            /** @description guarantees this customer gave, on contracts inside your scope */
                            guaranteesGiven: {
                                id: string;
                                contractId: string;
                                contractNo: string;
                                borrowerId: string;
                                borrowerName: string;
                                guarantorCustomerId: string | null;
                                guarantorName: string;
                                guarantorIdType: string;
                                /** @description masked (1101**********1234, 138****5678) */
                                guarantorIdNumber: string;
                                guarantorPhone: string | null;
                                /** @enum {string} */
                                guaranteeType: "joint_several" | "general";
                                /** @description yuan, two decimals */
                                amount: string;
                                startDate: string;
                                endDate: string;
                            }[];
                            /** @description guarantees it gave on contracts outside your scope */
                            guaranteesGivenOutsideScope: number;
                            collateral: {
                                id: string;
                                contractId: string;
                                contractNo: string;
                                ownerCustomerId: string | null;
                                collateralType: string;
                                description: string;
                                /** @description yuan, two decimals */
                                value: string;
                                valuationDate: string;
                                registrationNo: string | null;
                                insuranceExpiry: string | null;
                                registrationExpiry: string | null;
                            }[];
                            /** @description the latest 100 events of its loans, newest first */
                            events: {
                                id: string;
                                loanId: string;
                                loanNo: string;
                                businessDate: string;
                                eventType: string;
                                oldValue: string | null;
                                newValue: string | null;
                                rule: string | null;
                                actor: string;
                                payload: unknown;
                            }[];
                            /** @description the latest 50 contacts recorded on its loans (collection), newest first */
                            contacts: {
                                id: string;
                                loanId: string;
                                loanNo: string;
                                date: string;
                                /** @description HH:MM, the borrower’s local time */
                                time: string;
                                /** @enum {string} */
                                channel: "phone" | "sms" | "letter" | "visit" | "legal";
                                /** @enum {string} */
                                target: "debtor" | "guarantor" | "third_party";
                                /** @description the phone (138****5678) or address (first characters) used */
                                contactPoint: string;
                                outcome: string;
                                actor: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full ID number and phone of a customer in your scope (audited)
         * @description For the roles that contact customers (account manager, post-loan officer, collector). Each call appends a customer.view_unmasked audit entry naming who looked; the entry itself holds no personal data.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Unmasked personal data; every call is recorded in the audit trail (customer.view_unmasked) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerNo: string;
                            name: string;
                            idType: string;
                            /** @description in full */
                            idNumber: string;
                            /** @description in full */
                            phone: string | null;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Portfolio by class and bucket with NPL ratio and provision coverage, for your scope */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD: the business date (default, live) or a past date end of day closed */
                    asOf?: string;
                    /** @description this branch and below (default: your whole scope) */
                    branchId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            /**
                             * @description live book, or the snapshot end of day took of asOf
                             * @enum {string}
                             */
                            source: "live" | "end_of_day";
                            branchId: string | null;
                            /** @description active loans */
                            loans: number;
                            /** @description yuan, two decimals */
                            principalOwed: string;
                            /** @description yuan, two decimals */
                            nplPrincipal: string;
                            /** @description decimal string such as "0.0213"; null when the base is zero */
                            nplRatio: string | null;
                            /** @description decimal string such as "0.0213"; null when the base is zero */
                            provisionCoverage: string | null;
                            /** @description the regulatory floor of provisionCoverage the server applies, decimal string such as "1.5000" */
                            coverageFloor: string;
                            /** @description provisionCoverage ≥ coverageFloor (true when there is no NPL) */
                            coverageMeetsFloor: boolean;
                            provisions: {
                                /** @description yuan, two decimals */
                                specific: string;
                                /** @description yuan, two decimals */
                                general: string;
                                /** @description yuan, two decimals */
                                total: string;
                            };
                            byClassification: {
                                /** @enum {string} */
                                classification: "normal" | "special_mention" | "substandard" | "doubtful" | "loss";
                                loans: number;
                                /** @description yuan, two decimals */
                                principalOwed: string;
                                /** @description yuan, two decimals */
                                specificProvision: string;
                            }[];
                            byBucket: {
                                /** @enum {string} */
                                bucket: "M0" | "M1" | "M2" | "M3" | "M4" | "M5" | "M6" | "M7+";
                                loans: number;
                                /** @description yuan, two decimals */
                                principalOwed: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/portfolio-trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Principal owed, NPL ratio and overdue rate at the end of each past business date */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, first date (default: 30 days before `to`) */
                    from?: string;
                    /** @description YYYY-MM-DD, last date (default: the last date end of day closed) */
                    to?: string;
                    /** @description this branch and below (default: your whole scope) */
                    branchId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            branchId: string | null;
                            from: string;
                            to: string;
                            /** @description oldest first; the same figures GET /reports/portfolio?asOf=<date> gives */
                            points: {
                                /** @description a business date end of day closed */
                                date: string;
                                loans: number;
                                /** @description yuan, two decimals */
                                principalOwed: string;
                                /** @description yuan, two decimals */
                                nplPrincipal: string;
                                /** @description decimal string such as "0.0213"; null when the base is zero */
                                nplRatio: string | null;
                                /** @description principal owed on loans in M1 … M7+ */
                                overduePrincipal: string;
                                /** @description overduePrincipal / principalOwed */
                                overdueRate: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/largest-overdue-debtors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The borrowers with the most overdue principal in your scope (live book) */
        get: {
            parameters: {
                query?: {
                    /** @description this branch and below (default: your whole scope) */
                    branchId?: string;
                    /** @description how many, 1–50 (default 10) */
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the business date (live book) */
                            asOf: string;
                            branchId: string | null;
                            items: {
                                customerId: string;
                                customerNo: string;
                                name: string;
                                /** @enum {string} */
                                customerType: "individual" | "enterprise";
                                branchId: string;
                                overdueLoans: number;
                                /** @description unpaid principal of installments due before the business date */
                                overduePrincipal: string;
                                /** @description principal owed on those loans */
                                principalOwed: string;
                                maxDpd: number;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/branches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The branches inside your scope, ordered by path (parents first) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description null for a root of your scope (the head office, or your own branch) */
                                parentId: string | null;
                                name: string;
                                /** @enum {string} */
                                level: "head_office" | "branch" | "sub_branch";
                                /** @description materialised path, e.g. '/HQ/A/A01/' */
                                path: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account-managers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The active account managers (客户经理) of the branches inside your scope, by branch and name
         * @description For the register’s account-manager filter. A manager counts when their own branch lies inside your scope (global roles: every branch); deactivated users are left out.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description user id: the managerId of GET /loans */
                                id: string;
                                displayName: string;
                                branchId: string;
                                branchName: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/class-override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a manual 五级分类 override (maker); a checker approves it
         * @description Answers 202 with the pending request. Only a worse class than the loan has can be asked for (422); one pending override per loan (409). Approved, it is applied by tonight’s end of day.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description the manual class asked for: worse than the loan is now
                         * @enum {string}
                         */
                        classification: "normal" | "special_mention" | "substandard" | "doubtful" | "loss";
                        reason: string;
                        /** @description a document reference or findings */
                        evidence?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description class_override, archive_destruction, repayment_reversal, user_role_change, key_customer_flag, loan_write_off, loan_extension, loan_restructure */
                            kind: string;
                            objectType: string;
                            objectId: string;
                            branchId: string;
                            payload: unknown;
                            /** @description the object as it was when the request was made (approval refuses it if changed) */
                            basis: unknown;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            maker: string;
                            requestedAt: string;
                            checker: string | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            result: unknown;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repayments/{id}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a same-day reversal (当日冲正) of a repayment (maker)
         * @description Answers 202 with the pending request. Only a repayment of the current business date can be reversed (422); one pending reversal per repayment (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description a document reference or findings */
                        evidence?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description class_override, archive_destruction, repayment_reversal, user_role_change, key_customer_flag, loan_write_off, loan_extension, loan_restructure */
                            kind: string;
                            objectType: string;
                            objectId: string;
                            branchId: string;
                            payload: unknown;
                            /** @description the object as it was when the request was made (approval refuses it if changed) */
                            basis: unknown;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            maker: string;
                            requestedAt: string;
                            checker: string | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            result: unknown;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maker–checker requests on objects inside your branch scope, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                    status?: "pending" | "approved" | "rejected";
                    kind?: "class_override" | "archive_destruction" | "repayment_reversal" | "user_role_change" | "key_customer_flag" | "loan_write_off" | "loan_extension" | "loan_restructure";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description class_override, archive_destruction, repayment_reversal, user_role_change, key_customer_flag, loan_write_off, loan_extension, loan_restructure */
                                kind: string;
                                objectType: string;
                                objectId: string;
                                branchId: string;
                                payload: unknown;
                                /** @description the object as it was when the request was made (approval refuses it if changed) */
                                basis: unknown;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                maker: string;
                                requestedAt: string;
                                checker: string | null;
                                decidedAt: string | null;
                                decisionReason: string | null;
                                result: unknown;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One maker–checker request: payload, basis, maker, status and decision
         * @description 404 when it does not exist or its object is outside your branch scope.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description class_override, archive_destruction, repayment_reversal, user_role_change, key_customer_flag, loan_write_off, loan_extension, loan_restructure */
                            kind: string;
                            objectType: string;
                            objectId: string;
                            branchId: string;
                            payload: unknown;
                            /** @description the object as it was when the request was made (approval refuses it if changed) */
                            basis: unknown;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            maker: string;
                            requestedAt: string;
                            checker: string | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            result: unknown;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending request (checker): the change takes effect now
         * @description Body optional: none, {} or {"note": "…"}. Errors: 403 without the kind’s checker permission, 404 outside your scope, 409 when no longer pending or stale (the object changed since the request; it is closed as rejected), 422 when you made the request yourself (maker ≠ checker).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description kept as the decision reason */
                        note?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description class_override, archive_destruction, repayment_reversal, user_role_change, key_customer_flag, loan_write_off, loan_extension, loan_restructure */
                            kind: string;
                            objectType: string;
                            objectId: string;
                            branchId: string;
                            payload: unknown;
                            /** @description the object as it was when the request was made (approval refuses it if changed) */
                            basis: unknown;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            maker: string;
                            requestedAt: string;
                            checker: string | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            result: unknown;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending request (checker), with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description class_override, archive_destruction, repayment_reversal, user_role_change, key_customer_flag, loan_write_off, loan_extension, loan_restructure */
                            kind: string;
                            objectType: string;
                            objectId: string;
                            branchId: string;
                            payload: unknown;
                            /** @description the object as it was when the request was made (approval refuses it if changed) */
                            basis: unknown;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            maker: string;
                            requestedAt: string;
                            checker: string | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            result: unknown;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first (read only: nobody edits it) */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                    actor?: string;
                    /** @description e.g. repayment.book, approval.approve */
                    action?: string;
                    objectType?: string;
                    objectId?: string;
                    /** @description entries at or after this time */
                    from?: string;
                    /** @description entries before this time */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description position in the hash chain */
                                seq: string;
                                occurredAt: string;
                                actor: string;
                                action: string;
                                objectType: string;
                                objectId: string | null;
                                branchId: string | null;
                                before: unknown;
                                after: unknown;
                                requestId: string | null;
                                prevHash: string;
                                hash: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the audit hash chain and name the first entry where it breaks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            /** @description entries read (before the break, when broken) */
                            entries: number;
                            head: {
                                seq: string;
                                hash: string;
                            };
                            firstBroken: {
                                seq: string;
                                /** @enum {string} */
                                problem: "edited" | "deleted" | "reordered" | "head";
                                message: string;
                            } | null;
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users, by username (administrators) */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                    /** @description users of this branch and the branches under it */
                    branchId?: string;
                    /** @description part of the username or display name */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                roles: string[];
                                active: boolean;
                                /** @description an administrator set the password (creation, reset); the user has not changed it yet */
                                passwordChangeRequired: boolean;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a user with roles, branch and an initial password (administrators)
         * @description The initial password follows the password-change policy; the user must change it at the first sign-in (until then every endpoint but GET /me, POST /me/password and sign-out answers 403 password_change_required). 409 when the username is taken.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        branchId: string;
                        roles: ("admin" | "account_manager" | "post_loan_officer" | "credit_reviewer" | "department_head" | "risk_head" | "collector" | "auditor")[];
                        /** @description the initial password, by the password-change policy (10–128 characters, letters and digits) */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            branchId: string;
                            roles: string[];
                            active: boolean;
                            /** @description an administrator set the password (creation, reset); the user has not changed it yet */
                            passwordChangeRequired: boolean;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user (administrators): they cannot sign in and their sessions end at once
         * @description Body optional: none, {} or {"reason": "…"} (kept in the audit entry). 409 when the user already is deactivated; 422 for your own account.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description kept in the audit entry */
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            branchId: string;
                            roles: string[];
                            active: boolean;
                            /** @description an administrator set the password (creation, reset); the user has not changed it yet */
                            passwordChangeRequired: boolean;
                            /** @description deactivation: what the user still holds (hand it over; see the orphan check) */
                            openWork?: {
                                customers: number;
                                /** @description active loans */
                                loans: number;
                                /** @description unfinished inspection tasks */
                                inspectionTasks: number;
                                /** @description open collection cases */
                                collectionCases: number;
                            };
                            /** @description deactivation: the orphan check to follow up with */
                            orphanCheck?: string;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a deactivated user (administrators): they can sign in again
         * @description Body optional: none, {} or {"reason": "…"} (kept in the audit entry). 409 when the user already is active; 422 for your own account.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description kept in the audit entry */
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            branchId: string;
                            roles: string[];
                            active: boolean;
                            /** @description an administrator set the password (creation, reset); the user has not changed it yet */
                            passwordChangeRequired: boolean;
                            /** @description deactivation: what the user still holds (hand it over; see the orphan check) */
                            openWork?: {
                                customers: number;
                                /** @description active loans */
                                loans: number;
                                /** @description unfinished inspection tasks */
                                inspectionTasks: number;
                                /** @description open collection cases */
                                collectionCases: number;
                            };
                            /** @description deactivation: the orphan check to follow up with */
                            orphanCheck?: string;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a user’s password to a temporary one (administrators)
         * @description The temporary password follows the password-change policy. Every session of the user ends, a sign-in lock-out of the username is lifted, and the user must change the password at the next sign-in. 422 for your own account (use POST /me/password).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description by the password-change policy (10–128 characters, letters and digits); the user must change it at the next sign-in */
                        temporaryPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            branchId: string;
                            roles: string[];
                            active: boolean;
                            /** @description an administrator set the password (creation, reset); the user has not changed it yet */
                            passwordChangeRequired: boolean;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a change of a user’s roles (maker); another administrator approves it
         * @description Answers 202 with the pending user_role_change request; the roles change when another administrator approves it (POST /approvals/{id}/approve). 409 while one is pending for the user, 422 when the roles are the ones the user has or the user is deactivated.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the roles after the change (the whole set) */
                        roles: ("admin" | "account_manager" | "post_loan_officer" | "credit_reviewer" | "department_head" | "risk_head" | "collector" | "auditor")[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description class_override, archive_destruction, repayment_reversal, user_role_change, key_customer_flag, loan_write_off, loan_extension, loan_restructure */
                            kind: string;
                            objectType: string;
                            objectId: string;
                            branchId: string;
                            payload: unknown;
                            /** @description the object as it was when the request was made (approval refuses it if changed) */
                            basis: unknown;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            maker: string;
                            requestedAt: string;
                            checker: string | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            result: unknown;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/eod/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** End-of-day runs, newest business date first, with the current business date */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the current business date (the next one to close) */
                            businessDate: string | null;
                            /** @description an end of day is running */
                            running: boolean;
                            items: {
                                runId: string;
                                date: string;
                                /** @enum {string} */
                                status: "running" | "failed" | "completed";
                                loansDue: number;
                                partitions: number;
                                partitionsDone: number;
                                partitionsFailed: number;
                                loansEvaluated: number;
                                workers: number;
                                startedAt: string;
                                finishedAt: string | null;
                                elapsedMillis: number;
                                error: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start end of day for the business date (runs in the background)
         * @description Answers 202 with the run id once the run exists; follow it with GET /eod/runs/{date}. 400 when the date is not the business date, 409 while an end of day is running (here or in another process).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the current business date */
                        date: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            runId: string;
                            date: string;
                            /** @enum {string} */
                            status: "running";
                            /** @description GET this path for progress */
                            progress: string;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/eod/runs/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** End-of-day progress of a business date: status, partitions, loans evaluated, timings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            runId: string;
                            date: string;
                            /** @enum {string} */
                            status: "running" | "failed" | "completed";
                            error: string | null;
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description from start to finish, or to now while running */
                            elapsedMillis: number;
                            /** @description loans due for evaluation when the run started */
                            loansDue: number;
                            partitions: {
                                total: number;
                                done: number;
                                pending: number;
                                failed: number;
                            };
                            loansEvaluated: number;
                            loansChanged: number;
                            eventsWritten: number;
                            /** @description time spent in finished partitions, summed */
                            partitionMillis: number;
                            failures: {
                                partitionNo: number;
                                error: string;
                                loanId: string | null;
                            }[];
                            /** @description every partition of the run, in order */
                            partitionList: {
                                partitionNo: number;
                                /** @description first loan id of the range */
                                loId: string;
                                /** @description last loan id of the range */
                                hiId: string;
                                /** @enum {string} */
                                status: "pending" | "done" | "failed";
                                attempts: number;
                                loansEvaluated: number;
                                loansChanged: number;
                                eventsWritten: number;
                                millis: number | null;
                                error: string | null;
                                errorLoanId: string | null;
                            }[];
                            /** @description partition steps, their time summed over the finished partitions */
                            steps: {
                                step: string;
                                /** @description finished partitions that ran it */
                                partitions: number;
                                millis: number;
                                items: number;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer’s archive: documents by stage with their latest version (audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: string;
                            customerNo: string;
                            customerName: string;
                            branchId: string;
                            documents: {
                                id: string;
                                customerId: string;
                                customerName: string;
                                loanId: string | null;
                                loanNo: string | null;
                                branchId: string;
                                /** @enum {string} */
                                stage: "investigation" | "approval" | "contract" | "disbursement" | "inspection" | "repayment" | "write_off" | "other";
                                title: string;
                                retentionClass: string;
                                retentionClassName: string;
                                /** @description first day it may be destroyed; null while the loan runs, or permanent */
                                retentionEndsOn: string | null;
                                paperLocation: string | null;
                                /** @enum {string} */
                                source: "upload" | "inspection_report";
                                inspectionReportId: string | null;
                                /** @enum {string} */
                                status: "active" | "destroyed";
                                destroyedOn: string | null;
                                destroyedBy: string | null;
                                destructionApprovedBy: string | null;
                                destructionApprovalId: string | null;
                                createdBy: string;
                                createdOn: string;
                                latestVersion: {
                                    version: number;
                                    /** @description SHA-256 of the content (hex): its address, checked on every read */
                                    sha256: string;
                                    fileName: string;
                                    mediaType: string;
                                    sizeBytes: number;
                                    uploadedBy: string;
                                    uploadedOn: string;
                                    uploadedAt: string;
                                    /** @description false once the document is destroyed */
                                    contentAvailable: boolean;
                                };
                                checkout: {
                                    id: string;
                                    documentId: string;
                                    borrower: string;
                                    purpose: string;
                                    checkedOutOn: string;
                                    dueOn: string;
                                    recordedBy: string;
                                    returnedOn: string | null;
                                    returnedTo: string | null;
                                    overdue: boolean;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archive/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document with every version and check-out (audited as archive.document_viewed) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            customerName: string;
                            loanId: string | null;
                            loanNo: string | null;
                            branchId: string;
                            /** @enum {string} */
                            stage: "investigation" | "approval" | "contract" | "disbursement" | "inspection" | "repayment" | "write_off" | "other";
                            title: string;
                            retentionClass: string;
                            retentionClassName: string;
                            /** @description first day it may be destroyed; null while the loan runs, or permanent */
                            retentionEndsOn: string | null;
                            paperLocation: string | null;
                            /** @enum {string} */
                            source: "upload" | "inspection_report";
                            inspectionReportId: string | null;
                            /** @enum {string} */
                            status: "active" | "destroyed";
                            destroyedOn: string | null;
                            destroyedBy: string | null;
                            destructionApprovedBy: string | null;
                            destructionApprovalId: string | null;
                            createdBy: string;
                            createdOn: string;
                            latestVersion: {
                                version: number;
                                /** @description SHA-256 of the content (hex): its address, checked on every read */
                                sha256: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                uploadedBy: string;
                                uploadedOn: string;
                                uploadedAt: string;
                                /** @description false once the document is destroyed */
                                contentAvailable: boolean;
                            };
                            checkout: {
                                id: string;
                                documentId: string;
                                borrower: string;
                                purpose: string;
                                checkedOutOn: string;
                                dueOn: string;
                                recordedBy: string;
                                returnedOn: string | null;
                                returnedTo: string | null;
                                overdue: boolean;
                            } | null;
                            versions: {
                                version: number;
                                /** @description SHA-256 of the content (hex): its address, checked on every read */
                                sha256: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                uploadedBy: string;
                                uploadedOn: string;
                                uploadedAt: string;
                                /** @description false once the document is destroyed */
                                contentAvailable: boolean;
                            }[];
                            checkouts: {
                                id: string;
                                documentId: string;
                                borrower: string;
                                purpose: string;
                                checkedOutOn: string;
                                dueOn: string;
                                recordedBy: string;
                                returnedOn: string | null;
                                returnedTo: string | null;
                                overdue: boolean;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archive/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a version’s content, checked against its SHA-256 (audited as archive.document_downloaded)
         * @description The latest version unless ?version= is given. X-Content-SHA256 names the digest. 409 when destroyed, 500 when the stored bytes fail their checksum (nothing is served).
         */
        get: {
            parameters: {
                query?: {
                    version?: string;
                    disposition?: "attachment" | "inline";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/reports/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed inspection report as filed in the archive (PDF, audited as a download) */
        get: {
            parameters: {
                query?: {
                    disposition?: "attachment" | "inline";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archive/documents/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the paper file goes out: who, why, until when
         * @description 409 when it is already out or destroyed, 422 when the document has no paper file, 400 for a due date before the business date or more than 90 days after it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description who takes the paper file */
                        borrower: string;
                        purpose: string;
                        /** @description from the business date, at most 90 days later */
                        dueOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            documentId: string;
                            borrower: string;
                            purpose: string;
                            checkedOutOn: string;
                            dueOn: string;
                            recordedBy: string;
                            returnedOn: string | null;
                            returnedTo: string | null;
                            overdue: boolean;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archive/documents/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the paper file back in the archive */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            documentId: string;
                            borrower: string;
                            purpose: string;
                            checkedOutOn: string;
                            dueOn: string;
                            recordedBy: string;
                            returnedOn: string | null;
                            returnedTo: string | null;
                            overdue: boolean;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archive/documents/{id}/destruction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for the destruction of a document after its retention (maker; a head approves)
         * @description 202 with the pending approval request (kind archive_destruction). 422 before the retention end (or for permanent files, or while the loan runs), 409 when destroyed, checked out or already pending.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description class_override, archive_destruction, repayment_reversal, user_role_change, key_customer_flag, loan_write_off, loan_extension, loan_restructure */
                            kind: string;
                            objectType: string;
                            objectId: string;
                            branchId: string;
                            payload: unknown;
                            /** @description the object as it was when the request was made (approval refuses it if changed) */
                            basis: unknown;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            maker: string;
                            requestedAt: string;
                            checker: string | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            result: unknown;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archive/checkouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Paper files out inside your scope, by due date (overdue=true: the reminder list) */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                    /** @description only paper files past their due date */
                    overdue?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                documentId: string;
                                borrower: string;
                                purpose: string;
                                checkedOutOn: string;
                                dueOn: string;
                                recordedBy: string;
                                returnedOn: string | null;
                                returnedTo: string | null;
                                overdue: boolean;
                                customerId: string;
                                customerName: string;
                                branchId: string;
                                stage: string;
                                title: string;
                                paperLocation: string | null;
                                daysOverdue: number;
                            }[];
                            total: number;
                            /** @description paper files out past their due date in your scope (the reminder count) */
                            overdueTotal: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archive/check-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly archive check per branch in your scope
         * @description Documents held by stage, loans missing a mandatory stage, paper files out and overdue, documents whose retention ends by 31 December of the year. Lists name at most 200 items; counts are complete.
         */
        get: {
            parameters: {
                query?: {
                    /** @description the year checked (default: the business date’s) */
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            asOf: string;
                            businessDate: string;
                            branches: {
                                branchId: string;
                                branchName: string;
                                documentsByStage: {
                                    investigation: number;
                                    approval: number;
                                    contract: number;
                                    disbursement: number;
                                    inspection: number;
                                    repayment: number;
                                    write_off: number;
                                    other: number;
                                };
                                documentsHeld: number;
                                destroyedInYear: number;
                                loansChecked: number;
                                loansMissingStagesCount: number;
                                loansMissingStages: {
                                    loanId: string;
                                    loanNo: string;
                                    customerId: string;
                                    customerName: string;
                                    missing: ("investigation" | "approval" | "contract" | "disbursement" | "inspection" | "repayment" | "write_off" | "other")[];
                                }[];
                                checkedOut: number;
                                overdue: number;
                                dueForDestructionCount: number;
                                dueForDestruction: {
                                    documentId: string;
                                    customerName: string;
                                    /** @enum {string} */
                                    stage: "investigation" | "approval" | "contract" | "disbursement" | "inspection" | "repayment" | "write_off" | "other";
                                    title: string;
                                    retentionEndsOn: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inspection tasks inside your branch scope, yours by default, by due date */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                    /** @description 'me' (default): tasks assigned to you; 'all': every task in your scope; or a user id */
                    assignee?: ("me" | "all") | string;
                    /** @description comma-separated statuses */
                    status?: string;
                    /** @description comma-separated kinds */
                    kind?: string;
                    /** @description past due and still open or returned */
                    overdue?: "true" | "false";
                    /** @description escalated to the department head */
                    escalated?: "true" | "false";
                    loanId?: string;
                    customerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "first" | "periodic" | "adhoc" | "spot_check";
                                loanId: string | null;
                                loanNo: string | null;
                                customerId: string;
                                customerName: string;
                                /** @enum {string} */
                                customerType: "individual" | "enterprise";
                                isKeyCustomer: boolean;
                                branchId: string;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                dueDate: string;
                                /** @enum {string} */
                                status: "open" | "submitted" | "returned" | "approved" | "cancelled";
                                overdue: boolean;
                                escalated: boolean;
                                escalatedOn: string | null;
                                /** @enum {string} */
                                origin: "rule" | "user";
                                reason: string;
                                createdBy: string;
                                createdOn: string;
                                completedOn: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an ad-hoc inspection by hand, for a loan or a whole customer
         * @description 201 with the task, assigned to the account manager. 404 outside your scope, 409 when an ad-hoc inspection of it is still unfinished, 400 for a due date before the business date.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        loanId?: string;
                        /** @description for an inspection of the customer as a whole (give one of the two) */
                        customerId?: string;
                        dueDate: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "first" | "periodic" | "adhoc" | "spot_check";
                            loanId: string | null;
                            loanNo: string | null;
                            customerId: string;
                            customerName: string;
                            /** @enum {string} */
                            customerType: "individual" | "enterprise";
                            isKeyCustomer: boolean;
                            branchId: string;
                            assigneeId: string | null;
                            assigneeName: string | null;
                            dueDate: string;
                            /** @enum {string} */
                            status: "open" | "submitted" | "returned" | "approved" | "cancelled";
                            overdue: boolean;
                            escalated: boolean;
                            escalatedOn: string | null;
                            /** @enum {string} */
                            origin: "rule" | "user";
                            reason: string;
                            createdBy: string;
                            createdOn: string;
                            completedOn: string | null;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One inspection task with its reports (a returned report stays beside its resubmission) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "first" | "periodic" | "adhoc" | "spot_check";
                            loanId: string | null;
                            loanNo: string | null;
                            customerId: string;
                            customerName: string;
                            /** @enum {string} */
                            customerType: "individual" | "enterprise";
                            isKeyCustomer: boolean;
                            branchId: string;
                            assigneeId: string | null;
                            assigneeName: string | null;
                            dueDate: string;
                            /** @enum {string} */
                            status: "open" | "submitted" | "returned" | "approved" | "cancelled";
                            overdue: boolean;
                            escalated: boolean;
                            escalatedOn: string | null;
                            /** @enum {string} */
                            origin: "rule" | "user";
                            reason: string;
                            createdBy: string;
                            createdOn: string;
                            completedOn: string | null;
                            reports: {
                                id: string;
                                taskId: string;
                                /** @enum {string} */
                                mode: "onsite" | "offsite";
                                inspectedOn: string;
                                findings: {
                                    useOfFunds?: {
                                        /** @enum {string} */
                                        assessment: "normal" | "attention" | "adverse";
                                        note: string;
                                    };
                                    operations?: {
                                        /** @enum {string} */
                                        assessment: "normal" | "attention" | "adverse";
                                        note: string;
                                    };
                                    finances?: {
                                        /** @enum {string} */
                                        assessment: "normal" | "attention" | "adverse";
                                        note: string;
                                    };
                                    guarantor?: {
                                        /** @enum {string} */
                                        assessment: "normal" | "attention" | "adverse";
                                        note: string;
                                    };
                                    collateral?: {
                                        /** @enum {string} */
                                        assessment: "normal" | "attention" | "adverse";
                                        note: string;
                                    };
                                };
                                flags: ("fund_misuse" | "business_deterioration" | "lost_contact")[];
                                figures: {
                                    /** @description yuan, two decimals */
                                    totalAssets: string;
                                    /** @description yuan, two decimals */
                                    totalLiabilities: string;
                                    /** @description yuan, two decimals */
                                    currentAssets: string;
                                    /** @description yuan, two decimals */
                                    currentLiabilities: string;
                                } | null;
                                /** @description 资产负债率 in %, 2 places, half up */
                                debtToAssetPercent: string | null;
                                /** @description 流动比率 in %, 2 places, half up */
                                currentRatioPercent: string | null;
                                riskOpinion: string;
                                proposedMeasures: string | null;
                                author: string;
                                submittedAt: string;
                                submittedOn: string;
                                /** @enum {string} */
                                status: "submitted" | "approved" | "returned";
                                reviewer: string | null;
                                decidedAt: string | null;
                                comments: string | null;
                                signedAt: string | null;
                                /** @description RULES.md §5 qualitative triggers this report recorded */
                                triggers: string[];
                            }[];
                            securityType: ("unsecured" | "guarantee" | "mortgage" | "pledge") | null;
                            /** @description the loan's payment mode (受托/自主支付) */
                            paymentMode: ("entrusted" | "self") | null;
                            /** @description the loan's stated purpose, to check the use of funds against */
                            purpose: string | null;
                            /** @description the findings a report of this task must cover (what submission checks) */
                            requiredAreas: ("useOfFunds" | "operations" | "finances" | "guarantor" | "collateral")[];
                            /** @description the customer's latest approved report with key figures from another task, for comparison */
                            previousReport: {
                                id: string;
                                taskId: string;
                                /** @enum {string} */
                                mode: "onsite" | "offsite";
                                inspectedOn: string;
                                findings: {
                                    useOfFunds?: {
                                        /** @enum {string} */
                                        assessment: "normal" | "attention" | "adverse";
                                        note: string;
                                    };
                                    operations?: {
                                        /** @enum {string} */
                                        assessment: "normal" | "attention" | "adverse";
                                        note: string;
                                    };
                                    finances?: {
                                        /** @enum {string} */
                                        assessment: "normal" | "attention" | "adverse";
                                        note: string;
                                    };
                                    guarantor?: {
                                        /** @enum {string} */
                                        assessment: "normal" | "attention" | "adverse";
                                        note: string;
                                    };
                                    collateral?: {
                                        /** @enum {string} */
                                        assessment: "normal" | "attention" | "adverse";
                                        note: string;
                                    };
                                };
                                flags: ("fund_misuse" | "business_deterioration" | "lost_contact")[];
                                figures: {
                                    /** @description yuan, two decimals */
                                    totalAssets: string;
                                    /** @description yuan, two decimals */
                                    totalLiabilities: string;
                                    /** @description yuan, two decimals */
                                    currentAssets: string;
                                    /** @description yuan, two decimals */
                                    currentLiabilities: string;
                                } | null;
                                /** @description 资产负债率 in %, 2 places, half up */
                                debtToAssetPercent: string | null;
                                /** @description 流动比率 in %, 2 places, half up */
                                currentRatioPercent: string | null;
                                riskOpinion: string;
                                proposedMeasures: string | null;
                                author: string;
                                submittedAt: string;
                                submittedOn: string;
                                /** @enum {string} */
                                status: "submitted" | "approved" | "returned";
                                reviewer: string | null;
                                decidedAt: string | null;
                                comments: string | null;
                                signedAt: string | null;
                                /** @description RULES.md §5 qualitative triggers this report recorded */
                                triggers: string[];
                            } | null;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/tasks/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the inspection report of an open or returned task
         * @description Required areas by kind: first and spot check useOfFunds; periodic useOfFunds, operations, finances (enterprises, with figures), guarantor or collateral by security type; ad-hoc operations (+ finances for enterprises). 400 names the missing area (findings.useOfFunds …). A fund_misuse or lost_contact flag records a qualitative trigger (RULES.md §5) that tonight’s end of day classifies by.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "onsite" | "offsite";
                        inspectedOn: string;
                        findings: {
                            useOfFunds?: {
                                /** @enum {string} */
                                assessment: "normal" | "attention" | "adverse";
                                note: string;
                            };
                            operations?: {
                                /** @enum {string} */
                                assessment: "normal" | "attention" | "adverse";
                                note: string;
                            };
                            finances?: {
                                /** @enum {string} */
                                assessment: "normal" | "attention" | "adverse";
                                note: string;
                            };
                            guarantor?: {
                                /** @enum {string} */
                                assessment: "normal" | "attention" | "adverse";
                                note: string;
                            };
                            collateral?: {
                                /** @enum {string} */
                                assessment: "normal" | "attention" | "adverse";
                                note: string;
                            };
                        };
                        flags?: ("fund_misuse" | "business_deterioration" | "lost_contact")[];
                        figures?: {
                            totalAssets: string;
                            totalLiabilities: string;
                            currentAssets: string;
                            currentLiabilities: string;
                        };
                        riskOpinion: string;
                        proposedMeasures?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            taskId: string;
                            /** @enum {string} */
                            mode: "onsite" | "offsite";
                            inspectedOn: string;
                            findings: {
                                useOfFunds?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                                operations?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                                finances?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                                guarantor?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                                collateral?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                            };
                            flags: ("fund_misuse" | "business_deterioration" | "lost_contact")[];
                            figures: {
                                /** @description yuan, two decimals */
                                totalAssets: string;
                                /** @description yuan, two decimals */
                                totalLiabilities: string;
                                /** @description yuan, two decimals */
                                currentAssets: string;
                                /** @description yuan, two decimals */
                                currentLiabilities: string;
                            } | null;
                            /** @description 资产负债率 in %, 2 places, half up */
                            debtToAssetPercent: string | null;
                            /** @description 流动比率 in %, 2 places, half up */
                            currentRatioPercent: string | null;
                            riskOpinion: string;
                            proposedMeasures: string | null;
                            author: string;
                            submittedAt: string;
                            submittedOn: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "returned";
                            reviewer: string | null;
                            decidedAt: string | null;
                            comments: string | null;
                            signedAt: string | null;
                            /** @description RULES.md §5 qualitative triggers this report recorded */
                            triggers: string[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/reports/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve and sign a submitted report (credit reviewer or department head, not its author)
         * @description Body optional: none, {} or {"comments": "…"}. 422 when you wrote it, 409 when already decided.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        comments?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            taskId: string;
                            /** @enum {string} */
                            mode: "onsite" | "offsite";
                            inspectedOn: string;
                            findings: {
                                useOfFunds?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                                operations?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                                finances?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                                guarantor?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                                collateral?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                            };
                            flags: ("fund_misuse" | "business_deterioration" | "lost_contact")[];
                            figures: {
                                /** @description yuan, two decimals */
                                totalAssets: string;
                                /** @description yuan, two decimals */
                                totalLiabilities: string;
                                /** @description yuan, two decimals */
                                currentAssets: string;
                                /** @description yuan, two decimals */
                                currentLiabilities: string;
                            } | null;
                            /** @description 资产负债率 in %, 2 places, half up */
                            debtToAssetPercent: string | null;
                            /** @description 流动比率 in %, 2 places, half up */
                            currentRatioPercent: string | null;
                            riskOpinion: string;
                            proposedMeasures: string | null;
                            author: string;
                            submittedAt: string;
                            submittedOn: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "returned";
                            reviewer: string | null;
                            decidedAt: string | null;
                            comments: string | null;
                            signedAt: string | null;
                            /** @description RULES.md §5 qualitative triggers this report recorded */
                            triggers: string[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/reports/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a submitted report to its author with comments
         * @description The triggers the report recorded are lifted from the business date.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comments: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            taskId: string;
                            /** @enum {string} */
                            mode: "onsite" | "offsite";
                            inspectedOn: string;
                            findings: {
                                useOfFunds?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                                operations?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                                finances?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                                guarantor?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                                collateral?: {
                                    /** @enum {string} */
                                    assessment: "normal" | "attention" | "adverse";
                                    note: string;
                                };
                            };
                            flags: ("fund_misuse" | "business_deterioration" | "lost_contact")[];
                            figures: {
                                /** @description yuan, two decimals */
                                totalAssets: string;
                                /** @description yuan, two decimals */
                                totalLiabilities: string;
                                /** @description yuan, two decimals */
                                currentAssets: string;
                                /** @description yuan, two decimals */
                                currentLiabilities: string;
                            } | null;
                            /** @description 资产负债率 in %, 2 places, half up */
                            debtToAssetPercent: string | null;
                            /** @description 流动比率 in %, 2 places, half up */
                            currentRatioPercent: string | null;
                            riskOpinion: string;
                            proposedMeasures: string | null;
                            author: string;
                            submittedAt: string;
                            submittedOn: string;
                            /** @enum {string} */
                            status: "submitted" | "approved" | "returned";
                            reviewer: string | null;
                            decidedAt: string | null;
                            comments: string | null;
                            signedAt: string | null;
                            /** @description RULES.md §5 qualitative triggers this report recorded */
                            triggers: string[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/key-customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Key customers (重点客户) inside your scope, largest principal owed first */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customerId: string;
                                customerNo: string;
                                name: string;
                                /** @enum {string} */
                                customerType: "individual" | "enterprise";
                                branchId: string;
                                sources: ("monthly_top" | "manual")[];
                                reasons: string[];
                                since: string;
                                /** @description yuan, two decimals */
                                principalOwed: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Ask for a manual key-customer flag (maker); a department head or the risk head approves
         * @description 202 with the pending approval request (kind key_customer_flag). 409 when already flagged or pending.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerId: string;
                        /** @description why: board-approved, industry leader … */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description class_override, archive_destruction, repayment_reversal, user_role_change, key_customer_flag, loan_write_off, loan_extension, loan_restructure */
                            kind: string;
                            objectType: string;
                            objectId: string;
                            branchId: string;
                            payload: unknown;
                            /** @description the object as it was when the request was made (approval refuses it if changed) */
                            basis: unknown;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            maker: string;
                            requestedAt: string;
                            checker: string | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            result: unknown;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The warning board inside your scope: most severe first, then oldest */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                    level?: "red" | "orange" | "yellow" | "blue";
                    branchId?: string;
                    code?: string;
                    status?: "raised" | "confirmed" | "dismissed" | "lifted";
                    /** @description raised at least this many days ago */
                    minAgeDays?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                loanId: string | null;
                                loanNo: string | null;
                                customerId: string;
                                customerName: string;
                                branchId: string;
                                code: string;
                                /** @enum {string} */
                                level: "red" | "orange" | "yellow" | "blue";
                                /** @enum {string} */
                                status: "raised" | "confirmed" | "dismissed" | "lifted";
                                /** @description what the rule saw (amounts in fen) */
                                evidence: {
                                    [key: string]: unknown;
                                };
                                raisedOn: string;
                                ageDays: number;
                                raisedBy: string;
                                decidedBy: string | null;
                                decidedOn: string | null;
                                decisionReason: string | null;
                                liftedBy: string | null;
                                liftedOn: string | null;
                                liftReason: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warnings/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Warnings per level inside your scope, with the board filters other than level */
        get: {
            parameters: {
                query?: {
                    branchId?: string;
                    code?: string;
                    status?: "raised" | "confirmed" | "dismissed" | "lifted";
                    /** @description raised at least this many days ago */
                    minAgeDays?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description warnings per level with the other filters of the board */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            red: number;
                            orange: number;
                            yellow: number;
                            blue: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warnings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One warning with its evidence and disposal measures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            loanId: string | null;
                            loanNo: string | null;
                            customerId: string;
                            customerName: string;
                            branchId: string;
                            code: string;
                            /** @enum {string} */
                            level: "red" | "orange" | "yellow" | "blue";
                            /** @enum {string} */
                            status: "raised" | "confirmed" | "dismissed" | "lifted";
                            /** @description what the rule saw (amounts in fen) */
                            evidence: {
                                [key: string]: unknown;
                            };
                            raisedOn: string;
                            ageDays: number;
                            raisedBy: string;
                            decidedBy: string | null;
                            decidedOn: string | null;
                            decisionReason: string | null;
                            liftedBy: string | null;
                            liftedOn: string | null;
                            liftReason: string | null;
                            measures: {
                                id: string;
                                description: string;
                                deadline: string;
                                /** @enum {string} */
                                status: "open" | "done";
                                createdBy: string;
                                createdOn: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warnings/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm or dismiss a raised warning, add a measure with its deadline, or lift a confirmed one
         * @description dismiss and lift need a reason (400 on reason when missing); a decision the status does not allow is 422; a measure deadline before the business date is 400.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "confirm";
                        reason?: string;
                    } | {
                        /** @enum {string} */
                        decision: "dismiss";
                        reason?: string;
                    } | {
                        /** @enum {string} */
                        decision: "lift";
                        reason?: string;
                    } | {
                        /** @enum {string} */
                        decision: "measure";
                        description: string;
                        deadline: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            loanId: string | null;
                            loanNo: string | null;
                            customerId: string;
                            customerName: string;
                            branchId: string;
                            code: string;
                            /** @enum {string} */
                            level: "red" | "orange" | "yellow" | "blue";
                            /** @enum {string} */
                            status: "raised" | "confirmed" | "dismissed" | "lifted";
                            /** @description what the rule saw (amounts in fen) */
                            evidence: {
                                [key: string]: unknown;
                            };
                            raisedOn: string;
                            ageDays: number;
                            raisedBy: string;
                            decidedBy: string | null;
                            decidedOn: string | null;
                            decisionReason: string | null;
                            liftedBy: string | null;
                            liftedOn: string | null;
                            liftReason: string | null;
                            measures: {
                                id: string;
                                description: string;
                                deadline: string;
                                /** @enum {string} */
                                status: "open" | "done";
                                createdBy: string;
                                createdOn: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collection/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The collection queue inside your scope, by priority (DPD, then amount overdue) */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                    /** @description 'me' (default): your cases; 'all': every case in your scope; or a user id */
                    assignee?: ("me" | "all") | string;
                    status?: "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                loanId: string;
                                loanNo: string;
                                customerId: string;
                                customerName: string;
                                branchId: string;
                                openedOn: string;
                                stage: string;
                                dpd: number;
                                /** @description yuan */
                                overdueAmount: string;
                                /** @description yuan */
                                principalOwed: string;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                /** @enum {string} */
                                status: "open" | "closed";
                                closedOn: string | null;
                                closeReason: string | null;
                                /** @description the oldest open stage task */
                                nextTask: string | null;
                                /** @description the earliest open promise to pay */
                                nextPromiseDate: string | null;
                                /** @description yuan */
                                nextPromiseAmount: string | null;
                                brokenPromises: number;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collection/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case with its loan figures, stage tasks, actions and promises to pay */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            loanId: string;
                            loanNo: string;
                            customerId: string;
                            customerName: string;
                            branchId: string;
                            openedOn: string;
                            stage: string;
                            dpd: number;
                            /** @description yuan */
                            overdueAmount: string;
                            /** @description yuan */
                            principalOwed: string;
                            assigneeId: string | null;
                            assigneeName: string | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            closedOn: string | null;
                            closeReason: string | null;
                            /** @description the oldest open stage task */
                            nextTask: string | null;
                            /** @description the earliest open promise to pay */
                            nextPromiseDate: string | null;
                            /** @description yuan */
                            nextPromiseAmount: string | null;
                            brokenPromises: number;
                            tasks: {
                                id: string;
                                stage: string;
                                kind: string;
                                createdOn: string;
                                /** @enum {string} */
                                status: "open" | "done" | "cancelled";
                            }[];
                            actions: {
                                id: string;
                                /** @enum {string} */
                                channel: "phone" | "sms" | "letter" | "visit" | "legal";
                                /** @enum {string} */
                                target: "debtor" | "guarantor" | "third_party";
                                contactPoint: string;
                                date: string;
                                time: string;
                                /** @enum {string} */
                                outcome: "answered" | "promise" | "no_answer" | "busy" | "wrong_number" | "refused" | "delivered" | "visited" | "not_found";
                                notes: string | null;
                                actor: string;
                            }[];
                            promises: {
                                id: string;
                                actionId: string;
                                /** @description yuan */
                                amount: string;
                                promiseDate: string;
                                promisedOn: string;
                                /** @enum {string} */
                                status: "open" | "kept" | "broken";
                                resolvedOn: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collection/cases/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a contact on an open case (the contact policy of RULES.md §10 is enforced)
         * @description 422 rule_violation with the reason (quiet_hours, answered_cap, dial_cap, third_party_too_early, third_party_refused, stop_flag) when the policy refuses it: nothing is written. A promise needs outcome "promise" and a date not before the business date.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "phone" | "sms" | "letter" | "visit" | "legal";
                        /** @enum {string} */
                        target: "debtor" | "guarantor" | "third_party";
                        contactPoint: string;
                        /** @description the borrower's local date of the contact */
                        date: string;
                        /** @description borrower's local time */
                        time: string;
                        /** @enum {string} */
                        outcome: "answered" | "promise" | "no_answer" | "busy" | "wrong_number" | "refused" | "delivered" | "visited" | "not_found";
                        notes?: string;
                        promise?: {
                            amount: string;
                            date: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            channel: "phone" | "sms" | "letter" | "visit" | "legal";
                            /** @enum {string} */
                            target: "debtor" | "guarantor" | "third_party";
                            contactPoint: string;
                            date: string;
                            time: string;
                            /** @enum {string} */
                            outcome: "answered" | "promise" | "no_answer" | "busy" | "wrong_number" | "refused" | "delivered" | "visited" | "not_found";
                            notes: string | null;
                            actor: string;
                            promise: {
                                id: string;
                                actionId: string;
                                /** @description yuan */
                                amount: string;
                                promiseDate: string;
                                promisedOn: string;
                                /** @enum {string} */
                                status: "open" | "kept" | "broken";
                                resolvedOn: string | null;
                            } | null;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collection/cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reassign an open case to another collector, with a reason
         * @description 422 when the user is not an active collector whose branch covers the case, or the case is closed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description an active collector whose branch covers the case */
                        assigneeId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            assigneeId: string;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collection/cases/{id}/eligible-assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active collectors whose branch covers the case, the least loaded first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                /** @description open cases assigned to them now */
                                openCases: number;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/stop-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's stop flags (RULES.md §10): open ones first, then the lifted ones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                customerId: string;
                                /** @enum {string} */
                                flag: "complaint" | "dispute" | "deceased" | "litigation";
                                reason: string | null;
                                recordedOn: string;
                                recordedBy: string;
                                liftedOn: string | null;
                                liftedBy: string | null;
                                liftReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Set a stop flag (complaint, dispute, deceased, litigation): automated contact stops
         * @description A reason is required (400 on reason); a flag of that kind already open is 422 on flag.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        flag: "complaint" | "dispute" | "deceased" | "litigation";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            /** @enum {string} */
                            flag: "complaint" | "dispute" | "deceased" | "litigation";
                            reason: string | null;
                            recordedOn: string;
                            recordedBy: string;
                            liftedOn: string | null;
                            liftedBy: string | null;
                            liftReason: string | null;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/stop-flags/{flagId}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift an open stop flag with a reason (a head, not the person who set it)
         * @description 400 on reason when missing; 422 on flagId when already lifted or lifted by who set it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    flagId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            /** @enum {string} */
                            flag: "complaint" | "dispute" | "deceased" | "litigation";
                            reason: string | null;
                            recordedOn: string;
                            recordedBy: string;
                            liftedOn: string | null;
                            liftedBy: string | null;
                            liftReason: string | null;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guarantee-circles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Guarantee circles (担保圈) with a member in your scope: most overdue members first */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                    /** @description only circles with an overdue member */
                    overdueOnly?: "true" | "false";
                    /** @description only the circle this customer belongs to */
                    customerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description the circle's opaque id (16 hex digits): the same while its members are, naming none of them */
                                id: string;
                                memberCount: number;
                                membersInScope: number;
                                overdueMembers: number;
                                linkCount: number;
                                maxDpd: number;
                                branches: string[];
                                /** @description names of the first members in your scope (up to 5) */
                                memberNames: string[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guarantee-circles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One circle's graph: members (outside your scope anonymous) and borrower → guarantor links
         * @description 404 when no circle has the id now (its members changed) or none of its members is in your scope.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the circle's id from GET /guarantee-circles */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the circle's opaque id (16 hex digits): the same while its members are, naming none of them */
                            id: string;
                            memberCount: number;
                            membersInScope: number;
                            overdueMembers: number;
                            linkCount: number;
                            maxDpd: number;
                            branches: string[];
                            /** @description names of the first members in your scope (up to 5) */
                            memberNames: string[];
                            members: {
                                key: number;
                                /** @description null for a member outside your scope */
                                customerId: string | null;
                                customerNo: string | null;
                                name: string | null;
                                branchId: string;
                                inScope: boolean;
                                overdue: boolean;
                                maxDpd: number;
                            }[];
                            links: {
                                /** @description the borrower's member key */
                                from: number;
                                /** @description the guarantor's member key */
                                to: number;
                                guarantees: number;
                                /** @description yuan */
                                amount: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A loan’s recovery file: write-off and recoveries, litigation, demands, clocks, recovery plan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loanId: string;
                            loanNo: string;
                            /** @enum {string} */
                            status: "active" | "settled" | "written_off";
                            classification: string;
                            writeOff: {
                                id: string;
                                loanId: string;
                                branchId: string;
                                approvalId: string | null;
                                /** @enum {string} */
                                cause: "bankruptcy" | "death" | "enforcement_ended" | "small_balance";
                                evidence: string[];
                                recoveryEfforts: string;
                                recoveryEffortCount: number;
                                responsibility: {
                                    persons: string[];
                                    /** @enum {string} */
                                    finding: "no_fault" | "fault";
                                    conclusion: string;
                                    measures: string;
                                };
                                writtenOffOn: string;
                                writtenOff: {
                                    principal: string;
                                    interest: string;
                                    fee: string;
                                    penalty: string;
                                    compound: string;
                                };
                                recovered: {
                                    principal: string;
                                    interest: string;
                                    fee: string;
                                    penalty: string;
                                    compound: string;
                                };
                                stillPursued: {
                                    principal: string;
                                    interest: string;
                                    fee: string;
                                    penalty: string;
                                    compound: string;
                                };
                                maker: string;
                                approver: string;
                            } | null;
                            recoveries: {
                                id: string;
                                writeOffId: string;
                                loanId: string;
                                date: string;
                                amount: string;
                                /** @enum {string} */
                                source: "borrower" | "guarantor" | "collateral_sale" | "court_enforcement" | "bankruptcy_distribution" | "other";
                                allocated: {
                                    principal: string;
                                    interest: string;
                                    fee: string;
                                    penalty: string;
                                    compound: string;
                                };
                                note: string | null;
                                createdBy: string;
                            }[];
                            litigation: {
                                id: string;
                                loanId: string;
                                branchId: string;
                                /** @enum {string} */
                                stage: "lawyer_handover" | "filing" | "hearing" | "judgment" | "enforcement" | "closed";
                                lawyer: string;
                                court: string | null;
                                caseNo: string | null;
                                claimAmount: string;
                                judgmentAmount: string | null;
                                costs: string;
                                recovered: string;
                                handedOverOn: string;
                                closedOn: string | null;
                                outcome: string | null;
                                steps: {
                                    id: string;
                                    /** @enum {string} */
                                    stage: "lawyer_handover" | "filing" | "hearing" | "judgment" | "enforcement" | "closed";
                                    date: string;
                                    cost: string;
                                    recovered: string;
                                    note: string | null;
                                    actor: string;
                                }[];
                            }[];
                            demands: {
                                id: string;
                                loanId: string;
                                /** @enum {string} */
                                target: "borrower" | "guarantor";
                                guaranteeId: string | null;
                                guarantorName: string | null;
                                /** @enum {string} */
                                kind: "demand" | "acknowledgement";
                                date: string;
                                /** @enum {string} */
                                channel: "letter" | "registered_mail" | "notary" | "in_person" | "lawyer_letter" | "sms" | "phone";
                                evidence: string;
                                actor: string;
                            }[];
                            clocks: {
                                asOf: string;
                                lastDueDate: string;
                                limitation: {
                                    startsOn: string;
                                    endsOn: string;
                                    restartedBy: {
                                        date: string;
                                        kind: string;
                                    } | null;
                                    lateEvents: {
                                        date: string;
                                        kind: string;
                                    }[];
                                    daysLeft: number;
                                };
                                guarantees: {
                                    guaranteeId: string;
                                    guarantorName: string;
                                    guaranteeType: string;
                                    endsOn: string;
                                    /** @enum {string} */
                                    status: "running" | "preserved" | "lapsed";
                                    preservedOn: string | null;
                                    guarantorLimitation: {
                                        startsOn: string;
                                        endsOn: string;
                                        restartedBy: {
                                            date: string;
                                            kind: string;
                                        } | null;
                                        lateEvents: {
                                            date: string;
                                            kind: string;
                                        }[];
                                    } | null;
                                    daysLeft: number;
                                }[];
                            };
                            plan: {
                                id: string;
                                loanId: string;
                                loanNo: string;
                                customerName: string;
                                branchId: string;
                                classification: string;
                                /** @enum {string} */
                                likelihood: "likely" | "hard" | "unlikely";
                                targetAmount: string;
                                targetDate: string;
                                summary: string;
                                /** @enum {string} */
                                status: "active" | "closed";
                                createdBy: string;
                                createdOn: string;
                                lastReviewedOn: string;
                                reviewDueOn: string;
                                reviewOverdue: boolean;
                                measures: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "visit" | "collateral_sale" | "guarantor_payment" | "rent_collection" | "restructuring" | "extension" | "litigation";
                                    description: string;
                                    targetAmount: string | null;
                                    dueDate: string;
                                    /** @enum {string} */
                                    status: "open" | "done" | "dropped";
                                    doneOn: string | null;
                                }[];
                                reviews: {
                                    id: string;
                                    reviewedOn: string;
                                    /** @enum {string} */
                                    likelihood: "likely" | "hard" | "unlikely";
                                    notes: string;
                                    reviewer: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a write-off (核销) of an overdue loan (maker); a risk head approves it
         * @description Answers 202 with the pending request. 400 without evidence, recovery efforts or a responsibility determination; 422 when the loan is not active and overdue, no recovery effort is recorded, or the cause does not fit the facts (enforcement_ended without a litigation at enforcement, small_balance above the limit or pursued under 180 days); 409 when one is already pending. The maker can never approve it (422 at approval).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        cause: "bankruptcy" | "death" | "enforcement_ended" | "small_balance";
                        evidence: string[];
                        recoveryEfforts: string;
                        responsibility: {
                            persons: string[];
                            /** @enum {string} */
                            finding: "no_fault" | "fault";
                            conclusion: string;
                            measures: string;
                        };
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description class_override, archive_destruction, repayment_reversal, user_role_change, key_customer_flag, loan_write_off, loan_extension, loan_restructure */
                            kind: string;
                            objectType: string;
                            objectId: string;
                            branchId: string;
                            payload: unknown;
                            /** @description the object as it was when the request was made (approval refuses it if changed) */
                            basis: unknown;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            maker: string;
                            requestedAt: string;
                            checker: string | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            result: unknown;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book money recovered on a written-off loan (账销案存), idempotent by Idempotency-Key
         * @description Allocated to what was written off: principal, interest, fee, penalty, compound. 422 when the loan is not written off or the amount exceeds what is still written off; 400 for a date after the business date or before the write-off; the same key with another body is 409.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Same key and body: the first result again. Same key, another body: 409. */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        /** @description yuan, two decimals */
                        amount: string;
                        /** @enum {string} */
                        source: "borrower" | "guarantor" | "collateral_sale" | "court_enforcement" | "bankruptcy_distribution" | "other";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            writeOffId: string;
                            loanId: string;
                            date: string;
                            amount: string;
                            /** @enum {string} */
                            source: "borrower" | "guarantor" | "collateral_sale" | "court_enforcement" | "bankruptcy_distribution" | "other";
                            allocated: {
                                principal: string;
                                interest: string;
                                fee: string;
                                penalty: string;
                                compound: string;
                            };
                            note: string | null;
                            createdBy: string;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/litigation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a loan over to the lawyers: opens a litigation case
         * @description 409 when a case is already in progress; 422 for a settled loan; 400 for a future date.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lawyer: string;
                        handedOverOn: string;
                        /** @description yuan, two decimals */
                        claimAmount: string;
                        court?: string;
                        caseNo?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            loanId: string;
                            branchId: string;
                            /** @enum {string} */
                            stage: "lawyer_handover" | "filing" | "hearing" | "judgment" | "enforcement" | "closed";
                            lawyer: string;
                            court: string | null;
                            caseNo: string | null;
                            claimAmount: string;
                            judgmentAmount: string | null;
                            costs: string;
                            recovered: string;
                            handedOverOn: string;
                            closedOn: string | null;
                            outcome: string | null;
                            steps: {
                                id: string;
                                /** @enum {string} */
                                stage: "lawyer_handover" | "filing" | "hearing" | "judgment" | "enforcement" | "closed";
                                date: string;
                                cost: string;
                                recovered: string;
                                note: string | null;
                                actor: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/litigation/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the next stage of a litigation: filing, hearing, judgment, enforcement, closed
         * @description A stage before the current one is 422; filing needs court and case number, judgment the amount, closing the outcome (400); a date after the business date or before the last step is 400.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage: "lawyer_handover" | "filing" | "hearing" | "judgment" | "enforcement" | "closed";
                        date: string;
                        court?: string;
                        caseNo?: string;
                        /** @description yuan, two decimals */
                        judgmentAmount?: string;
                        /** @description yuan, two decimals */
                        cost?: string;
                        /** @description yuan, two decimals */
                        recovered?: string;
                        outcome?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            loanId: string;
                            branchId: string;
                            /** @enum {string} */
                            stage: "lawyer_handover" | "filing" | "hearing" | "judgment" | "enforcement" | "closed";
                            lawyer: string;
                            court: string | null;
                            caseNo: string | null;
                            claimAmount: string;
                            judgmentAmount: string | null;
                            costs: string;
                            recovered: string;
                            handedOverOn: string;
                            closedOn: string | null;
                            outcome: string | null;
                            steps: {
                                id: string;
                                /** @enum {string} */
                                stage: "lawyer_handover" | "filing" | "hearing" | "judgment" | "enforcement" | "closed";
                                date: string;
                                cost: string;
                                recovered: string;
                                note: string | null;
                                actor: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a demand on the borrower or a guarantor, or the borrower’s acknowledgement
         * @description Restarts the limitation period (诉讼时效); on a guarantor within the guarantee period it preserves the claim (保证期间). A date after the business date is 400.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        target: "borrower" | "guarantor";
                        guaranteeId?: string;
                        /** @enum {string} */
                        kind: "demand" | "acknowledgement";
                        date: string;
                        /** @enum {string} */
                        channel: "letter" | "registered_mail" | "notary" | "in_person" | "lawyer_letter" | "sms" | "phone";
                        evidence: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            loanId: string;
                            /** @enum {string} */
                            target: "borrower" | "guarantor";
                            guaranteeId: string | null;
                            guarantorName: string | null;
                            /** @enum {string} */
                            kind: "demand" | "acknowledgement";
                            date: string;
                            /** @enum {string} */
                            channel: "letter" | "registered_mail" | "notary" | "in_person" | "lawyer_letter" | "sms" | "phone";
                            evidence: string;
                            actor: string;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/recovery-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the recovery plan (一户一策) of a non-performing or written-off loan
         * @description 422 for a performing loan; 409 when an active plan exists; 400 for a target or measure date in the past.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        likelihood: "likely" | "hard" | "unlikely";
                        /** @description yuan, two decimals */
                        targetAmount: string;
                        targetDate: string;
                        summary: string;
                        measures: {
                            /** @enum {string} */
                            kind: "visit" | "collateral_sale" | "guarantor_payment" | "rent_collection" | "restructuring" | "extension" | "litigation";
                            description: string;
                            /** @description yuan, two decimals */
                            targetAmount?: string;
                            dueDate: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            loanId: string;
                            loanNo: string;
                            customerName: string;
                            branchId: string;
                            classification: string;
                            /** @enum {string} */
                            likelihood: "likely" | "hard" | "unlikely";
                            targetAmount: string;
                            targetDate: string;
                            summary: string;
                            /** @enum {string} */
                            status: "active" | "closed";
                            createdBy: string;
                            createdOn: string;
                            lastReviewedOn: string;
                            reviewDueOn: string;
                            reviewOverdue: boolean;
                            measures: {
                                id: string;
                                /** @enum {string} */
                                kind: "visit" | "collateral_sale" | "guarantor_payment" | "rent_collection" | "restructuring" | "extension" | "litigation";
                                description: string;
                                targetAmount: string | null;
                                dueDate: string;
                                /** @enum {string} */
                                status: "open" | "done" | "dropped";
                                doneOn: string | null;
                            }[];
                            reviews: {
                                id: string;
                                reviewedOn: string;
                                /** @enum {string} */
                                likelihood: "likely" | "hard" | "unlikely";
                                notes: string;
                                reviewer: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recovery-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active recovery plans inside your scope, longest unreviewed first (due=true: review overdue) */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                    /** @description true: only plans not reviewed for more than a month */
                    due?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                loanId: string;
                                loanNo: string;
                                customerName: string;
                                branchId: string;
                                classification: string;
                                /** @enum {string} */
                                likelihood: "likely" | "hard" | "unlikely";
                                targetAmount: string;
                                targetDate: string;
                                summary: string;
                                /** @enum {string} */
                                status: "active" | "closed";
                                createdBy: string;
                                createdOn: string;
                                lastReviewedOn: string;
                                reviewDueOn: string;
                                reviewOverdue: boolean;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recovery-plans/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The monthly review of a recovery plan on the business date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        likelihood: "likely" | "hard" | "unlikely";
                        notes: string;
                        measures?: {
                            id: string;
                            /** @enum {string} */
                            status: "open" | "done" | "dropped";
                        }[];
                        closeReason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            loanId: string;
                            loanNo: string;
                            customerName: string;
                            branchId: string;
                            classification: string;
                            /** @enum {string} */
                            likelihood: "likely" | "hard" | "unlikely";
                            targetAmount: string;
                            targetDate: string;
                            summary: string;
                            /** @enum {string} */
                            status: "active" | "closed";
                            createdBy: string;
                            createdOn: string;
                            lastReviewedOn: string;
                            reviewDueOn: string;
                            reviewOverdue: boolean;
                            measures: {
                                id: string;
                                /** @enum {string} */
                                kind: "visit" | "collateral_sale" | "guarantor_payment" | "rent_collection" | "restructuring" | "extension" | "litigation";
                                description: string;
                                targetAmount: string | null;
                                dueDate: string;
                                /** @enum {string} */
                                status: "open" | "done" | "dropped";
                                doneOn: string | null;
                            }[];
                            reviews: {
                                id: string;
                                reviewedOn: string;
                                /** @enum {string} */
                                likelihood: "likely" | "hard" | "unlikely";
                                notes: string;
                                reviewer: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interest-caps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The institution’s interest cap and the dated one-year LPR table */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            setting: {
                                /** @enum {string} */
                                kind: "fixed" | "lpr_multiple";
                                annualCap?: string;
                                multiple?: string;
                            };
                            lpr: {
                                effectiveFrom: string;
                                oneYear: string;
                                fiveYear: string | null;
                            }[];
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        /** Set the institution’s cap: fixed all-in percentage or a multiple of the one-year LPR */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "fixed" | "lpr_multiple";
                        annualCap?: string;
                        multiple?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "fixed" | "lpr_multiple";
                            annualCap?: string;
                            multiple?: string;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interest-caps/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check rates against the cap in force at the contract date
         * @description ok false names the field (annualRate, annualFeeRate, penaltyUplift, penaltyDailyRate), the reason and the cap with the numbers. A contract date before the LPR table starts is 400 under an LPR cap.
         */
        get: {
            parameters: {
                query: {
                    annualRate: string;
                    penaltyUplift?: string;
                    penaltyDailyRate?: string;
                    annualFeeRate?: string;
                    dayBasis?: "360" | "365";
                    contractDate: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            cap: {
                                /** @enum {string} */
                                kind: "fixed" | "lpr_multiple";
                                limit: string;
                                lpr: {
                                    oneYear: string;
                                    effectiveFrom: string;
                                } | null;
                                description: string;
                            };
                            figures: {
                                annualRate: string;
                                penaltyRate: string;
                                allIn: string;
                                penaltyAllIn: string;
                            };
                            field?: string;
                            /** @enum {string} */
                            reason?: "rate_above_cap" | "all_in_above_cap" | "penalty_above_cap";
                            message?: string;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interest-caps/lpr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or correct one LPR publication (by the day it took effect) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        effectiveFrom: string;
                        oneYear: string;
                        fiveYear?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            effectiveFrom: string;
                            oneYear: string;
                            fiveYear: string | null;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/rescheduling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Schedule versions (current and superseded), extensions, restructurings, limits and guarantors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loanId: string;
                            scheduleVersion: number;
                            maturityDate: string;
                            originalTermMonths: number;
                            /** @enum {string} */
                            termClass: "short" | "medium" | "long";
                            extensionLimitMonths: number;
                            extendedMonths: number;
                            guarantees: {
                                id: string;
                                guarantorName: string;
                                /** @description yuan, two decimals */
                                amount: string;
                            }[];
                            reschedulings: {
                                id: string;
                                /** @enum {string} */
                                kind: "extension" | "restructure";
                                approvalId: string;
                                effectiveDate: string;
                                scheduleVersion: number;
                                reason: string;
                                forFinancialDifficulty: boolean;
                                months: number | null;
                                oldAnnualRate: string;
                                oldMethod: string;
                                oldTerm: number;
                                oldMaturityDate: string;
                                annualRate: string;
                                method: string;
                                term: number;
                                maturityDate: string;
                                /** @description yuan, two decimals */
                                principal: string;
                                carried: {
                                    [key: string]: unknown;
                                };
                                guarantorConsents: {
                                    guaranteeId: string;
                                    guarantorName: string;
                                    consentDate: string;
                                    evidence: string;
                                }[];
                                observationStart: string;
                                observationEnd: string;
                                maker: string;
                                checker: string;
                            }[];
                            /** @description every schedule version, newest (current) first */
                            schedules: {
                                version: number;
                                current: boolean;
                                installments: {
                                    period: number;
                                    /** @enum {string} */
                                    kind: "scheduled" | "prepayment";
                                    /** @description YYYY-MM-DD */
                                    dueDate: string;
                                    /** @description yuan, two decimals */
                                    principalDue: string;
                                    /** @description yuan, two decimals */
                                    interestDue: string;
                                    /** @description yuan, two decimals */
                                    feeDue: string;
                                    /** @description yuan, two decimals */
                                    principalPaid: string;
                                    /** @description yuan, two decimals */
                                    interestPaid: string;
                                    /** @description yuan, two decimals */
                                    feePaid: string;
                                    /** @description yuan, two decimals */
                                    penaltyAccrued: string;
                                    /** @description yuan, two decimals */
                                    penaltyPaid: string;
                                    /** @description yuan, two decimals */
                                    compoundAccrued: string;
                                    /** @description yuan, two decimals */
                                    compoundPaid: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/extension-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an extension by `months` approved today would do: the new schedule, nothing written
         * @description 422 after maturity (field date), beyond the cumulative limit (field months), or for a loan not active.
         */
        get: {
            parameters: {
                query: {
                    months: string;
                    forFinancialDifficulty?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "extension" | "restructure";
                            /** @description today’s business date: the change takes effect when approved */
                            effectiveDate: string;
                            forFinancialDifficulty: boolean;
                            oldAnnualRate: string;
                            oldMethod: string;
                            oldMaturityDate: string;
                            annualRate: string;
                            method: string;
                            maturityDate: string;
                            months?: number;
                            periods?: number;
                            /** @enum {string} */
                            termClass?: "short" | "medium" | "long";
                            extensionLimitMonths?: number;
                            extensionMonthsLeft?: number;
                            /** @description principal re-scheduled */
                            principal: string;
                            /** @description yuan, two decimals */
                            principalOwed: string;
                            /** @description yuan, two decimals */
                            carriedOverduePrincipal: string;
                            /** @description yuan, two decimals */
                            carriedInterest: string;
                            /** @description yuan, two decimals */
                            carriedFee: string;
                            /** @description yuan, two decimals */
                            carriedPenalty: string;
                            /** @description yuan, two decimals */
                            carriedCompound: string;
                            observationStart: string;
                            schedule: {
                                period: number;
                                dueDate: string;
                                /** @description yuan, two decimals */
                                principalDue: string;
                                /** @description yuan, two decimals */
                                interestDue: string;
                                /** @description yuan, two decimals */
                                feeDue: string;
                                /** @description yuan, two decimals */
                                penaltyCarried: string;
                                /** @description yuan, two decimals */
                                compoundCarried: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/restructure-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a restructuring on these terms approved today would do: the new schedule, nothing written */
        get: {
            parameters: {
                query: {
                    annualRate: string;
                    method: "equal_installment" | "equal_principal" | "interest_only";
                    periods: string;
                    forFinancialDifficulty?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "extension" | "restructure";
                            /** @description today’s business date: the change takes effect when approved */
                            effectiveDate: string;
                            forFinancialDifficulty: boolean;
                            oldAnnualRate: string;
                            oldMethod: string;
                            oldMaturityDate: string;
                            annualRate: string;
                            method: string;
                            maturityDate: string;
                            months?: number;
                            periods?: number;
                            /** @enum {string} */
                            termClass?: "short" | "medium" | "long";
                            extensionLimitMonths?: number;
                            extensionMonthsLeft?: number;
                            /** @description principal re-scheduled */
                            principal: string;
                            /** @description yuan, two decimals */
                            principalOwed: string;
                            /** @description yuan, two decimals */
                            carriedOverduePrincipal: string;
                            /** @description yuan, two decimals */
                            carriedInterest: string;
                            /** @description yuan, two decimals */
                            carriedFee: string;
                            /** @description yuan, two decimals */
                            carriedPenalty: string;
                            /** @description yuan, two decimals */
                            carriedCompound: string;
                            observationStart: string;
                            schedule: {
                                period: number;
                                dueDate: string;
                                /** @description yuan, two decimals */
                                principalDue: string;
                                /** @description yuan, two decimals */
                                interestDue: string;
                                /** @description yuan, two decimals */
                                feeDue: string;
                                /** @description yuan, two decimals */
                                penaltyCarried: string;
                                /** @description yuan, two decimals */
                                compoundCarried: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply for an extension (展期) (maker); a checker approves it (loan_extension)
         * @description Answers 202 with the pending request. 422 after maturity (date), beyond the cumulative limit (months), without every guarantor’s consent (guarantorConsents); 409 when one is already pending. Nothing is written on a refusal. Approved, the new schedule takes effect at once; the class at tonight’s end of day.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description months added to the maturity; a quarterly loan: a multiple of 3 */
                        months: number;
                        /** @description default false */
                        forFinancialDifficulty?: boolean;
                        /** @description one per guarantor of the loan */
                        guarantorConsents: {
                            /** @description a guarantee of the loan’s contract (GET /loans/{id}/rescheduling lists them) */
                            guaranteeId: string;
                            /** @description YYYY-MM-DD, on or before today */
                            consentDate: string;
                            /** @description where the written consent is kept */
                            evidence: string;
                        }[];
                        /** @description why (kept with the request) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description class_override, archive_destruction, repayment_reversal, user_role_change, key_customer_flag, loan_write_off, loan_extension, loan_restructure */
                            kind: string;
                            objectType: string;
                            objectId: string;
                            branchId: string;
                            payload: unknown;
                            /** @description the object as it was when the request was made (approval refuses it if changed) */
                            basis: unknown;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            maker: string;
                            requestedAt: string;
                            checker: string | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            result: unknown;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/{id}/restructure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply for a restructuring (重组) (maker); a checker approves it (loan_restructure)
         * @description Answers 202 with the pending request. 422 without every guarantor’s consent (guarantorConsents) or for a loan not active; 409 when one is already pending. Approved, the new schedule takes effect at once; the class (at least substandard for financial difficulty) at tonight’s end of day.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the new annual rate in percent, e.g. "4.35" */
                        annualRate: string;
                        /** @enum {string} */
                        method: "equal_installment" | "equal_principal" | "interest_only";
                        /** @description installments of the new schedule, 1–360 */
                        periods: number;
                        /** @description default true */
                        forFinancialDifficulty?: boolean;
                        /** @description one per guarantor of the loan */
                        guarantorConsents: {
                            /** @description a guarantee of the loan’s contract (GET /loans/{id}/rescheduling lists them) */
                            guaranteeId: string;
                            /** @description YYYY-MM-DD, on or before today */
                            consentDate: string;
                            /** @description where the written consent is kept */
                            evidence: string;
                        }[];
                        /** @description why (kept with the request) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description class_override, archive_destruction, repayment_reversal, user_role_change, key_customer_flag, loan_write_off, loan_extension, loan_restructure */
                            kind: string;
                            objectType: string;
                            objectId: string;
                            branchId: string;
                            payload: unknown;
                            /** @description the object as it was when the request was made (approval refuses it if changed) */
                            basis: unknown;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            maker: string;
                            requestedAt: string;
                            checker: string | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            result: unknown;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handover/orphans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The orphan check: customers, active loans, open tasks and cases no active user holds
         * @description Inside your scope: a customer or active loan whose manager is missing or deactivated, an unfinished inspection task or an open collection case with no assignee or a deactivated one; at most 200 of each kind (largest balance first), with the full counts.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                customer: number;
                                loan: number;
                                inspection_task: number;
                                collection_case: number;
                            };
                            items: {
                                /** @enum {string} */
                                kind: "customer" | "loan" | "inspection_task" | "collection_case";
                                id: string;
                                label: string;
                                customerId: string;
                                customerName: string;
                                branchId: string;
                                /** @description null: nobody; else a deactivated user */
                                holderId: string | null;
                                holderName: string | null;
                                /** @description yuan, two decimals */
                                balance: string;
                            }[];
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handover/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of your scope with the work each holds (who can leave, who can take over) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customers: number;
                                /** @description active loans */
                                loans: number;
                                /** @description unfinished inspection tasks */
                                inspectionTasks: number;
                                /** @description open collection cases */
                                collectionCases: number;
                                userId: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                roles: string[];
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handover/users/{id}/book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a user holds, by customer (the rows a manual plan assigns) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customerId: string;
                                customerNo: string;
                                customerName: string;
                                branchId: string;
                                /** @description principal owed on the customer's active loans */
                                balance: string;
                                /** @description the user is the customer’s manager */
                                holdsCustomer: boolean;
                                contracts: number;
                                loans: number;
                                inspectionTasks: number;
                                collectionCases: number;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handover/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The plan a draft with this body would record; nothing is written
         * @description Checked exactly as POST /handover is, with the same errors.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the user who leaves (or changes post) */
                        departingUserId: string;
                        /**
                         * @description manual: the plan says who gets which customer; by_balance: computed
                         * @enum {string}
                         */
                        mode: "manual" | "by_balance";
                        /** @description who takes over, in order (ties go to the earlier) */
                        successorIds: string[];
                        /** @description manual mode only: every customer of the book exactly once */
                        plan?: {
                            customerId: string;
                            successorId: string;
                        }[];
                        /** @description why (离职, 调岗 …) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            mode: "manual" | "by_balance";
                            departing: {
                                userId: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                active: boolean;
                            };
                            successors: {
                                userId: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                active: boolean;
                                customers: number;
                                /** @description yuan, two decimals */
                                balance: string;
                                loans: number;
                                inspectionTasks: number;
                                collectionCases: number;
                            }[];
                            items: {
                                customerId: string;
                                customerNo: string;
                                customerName: string;
                                branchId: string;
                                successorId: string;
                                /** @description yuan, two decimals */
                                balance: string;
                                loans: number;
                                inspectionTasks: number;
                                collectionCases: number;
                            }[];
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Handovers inside your scope, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description 1-based page number */
                    page?: string;
                    /** @description rows per page, 1–200 */
                    pageSize?: string;
                    status?: "pending" | "completed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                status: "pending" | "completed" | "cancelled";
                                /** @enum {string} */
                                mode: "manual" | "by_balance";
                                branchId: string;
                                departingUserId: string;
                                departingName: string;
                                customers: number;
                                /** @description yuan, two decimals */
                                balance: string;
                                signaturesMissing: number;
                                draftedBy: string;
                                draftedOn: string;
                                completedOn: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Draft a handover: each customer of the departing user to a successor (by hand or by balance)
         * @description 404 when the departing user is outside your scope; 400 naming the field when a successor is no user in your scope (outside it is answered as an unknown id); 409 when a handover of them is pending; 422 naming the field when a successor is deactivated, outside a customer’s branch, lacks the role (account manager for customers, loans and tasks; collector for cases), is the departing user or you, or when the departing user holds nothing. Nothing is written on any refusal.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the user who leaves (or changes post) */
                        departingUserId: string;
                        /**
                         * @description manual: the plan says who gets which customer; by_balance: computed
                         * @enum {string}
                         */
                        mode: "manual" | "by_balance";
                        /** @description who takes over, in order (ties go to the earlier) */
                        successorIds: string[];
                        /** @description manual mode only: every customer of the book exactly once */
                        plan?: {
                            customerId: string;
                            successorId: string;
                        }[];
                        /** @description why (离职, 调岗 …) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "completed" | "cancelled";
                            /** @enum {string} */
                            mode: "manual" | "by_balance";
                            reason: string;
                            branchId: string;
                            draftedBy: string;
                            draftedOn: string;
                            completedOn: string | null;
                            cancelledBy: string | null;
                            cancelReason: string | null;
                            departing: {
                                userId: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                active: boolean;
                                /** @description who signed: the party, or a department head on their behalf */
                                signedBy: string | null;
                                onBehalf: boolean;
                                signedAt: string | null;
                            };
                            successors: {
                                userId: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                active: boolean;
                                customers: number;
                                /** @description yuan, two decimals */
                                balance: string;
                                loans: number;
                                inspectionTasks: number;
                                collectionCases: number;
                                /** @description who signed: the party, or a department head on their behalf */
                                signedBy: string | null;
                                onBehalf: boolean;
                                signedAt: string | null;
                            }[];
                            items: {
                                customerId: string;
                                customerNo: string;
                                customerName: string;
                                branchId: string;
                                successorId: string;
                                /** @description yuan, two decimals */
                                balance: string;
                                loans: number;
                                inspectionTasks: number;
                                collectionCases: number;
                            }[];
                            moves: {
                                /** @enum {string} */
                                objectType: "customer" | "contract" | "loan" | "inspection_task" | "collection_case";
                                objectId: string;
                                /** @description customer, contract or loan number (a task or case: its loan number) */
                                label: string;
                                customerId: string;
                                beforeUserId: string;
                                afterUserId: string;
                            }[];
                            /** @description completed: customers for which the departing user still holds something (new since the draft) */
                            remainingCustomers: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handover/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One handover: parties and signatures, the plan, and what moved
         * @description Visible inside your scope, and to its parties (departing user and successors).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "completed" | "cancelled";
                            /** @enum {string} */
                            mode: "manual" | "by_balance";
                            reason: string;
                            branchId: string;
                            draftedBy: string;
                            draftedOn: string;
                            completedOn: string | null;
                            cancelledBy: string | null;
                            cancelReason: string | null;
                            departing: {
                                userId: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                active: boolean;
                                /** @description who signed: the party, or a department head on their behalf */
                                signedBy: string | null;
                                onBehalf: boolean;
                                signedAt: string | null;
                            };
                            successors: {
                                userId: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                active: boolean;
                                customers: number;
                                /** @description yuan, two decimals */
                                balance: string;
                                loans: number;
                                inspectionTasks: number;
                                collectionCases: number;
                                /** @description who signed: the party, or a department head on their behalf */
                                signedBy: string | null;
                                onBehalf: boolean;
                                signedAt: string | null;
                            }[];
                            items: {
                                customerId: string;
                                customerNo: string;
                                customerName: string;
                                branchId: string;
                                successorId: string;
                                /** @description yuan, two decimals */
                                balance: string;
                                loans: number;
                                inspectionTasks: number;
                                collectionCases: number;
                            }[];
                            moves: {
                                /** @enum {string} */
                                objectType: "customer" | "contract" | "loan" | "inspection_task" | "collection_case";
                                objectId: string;
                                /** @description customer, contract or loan number (a task or case: its loan number) */
                                label: string;
                                customerId: string;
                                beforeUserId: string;
                                afterUserId: string;
                            }[];
                            /** @description completed: customers for which the departing user still holds something (new since the draft) */
                            remainingCustomers: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handover/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a pending handover as its departing user or a successor; the last signature completes it
         * @description Body optional. A department head signs for a departing user who is deactivated (onBehalf). The last signature moves every planned customer with its contracts, loans, unfinished inspection tasks and open collection cases in one transaction. 403 when you are no party; 409 when signed already or not pending; 422 when a successor can no longer take a customer, or the departing user is active and must sign themselves.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "completed" | "cancelled";
                            /** @enum {string} */
                            mode: "manual" | "by_balance";
                            reason: string;
                            branchId: string;
                            draftedBy: string;
                            draftedOn: string;
                            completedOn: string | null;
                            cancelledBy: string | null;
                            cancelReason: string | null;
                            departing: {
                                userId: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                active: boolean;
                                /** @description who signed: the party, or a department head on their behalf */
                                signedBy: string | null;
                                onBehalf: boolean;
                                signedAt: string | null;
                            };
                            successors: {
                                userId: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                active: boolean;
                                customers: number;
                                /** @description yuan, two decimals */
                                balance: string;
                                loans: number;
                                inspectionTasks: number;
                                collectionCases: number;
                                /** @description who signed: the party, or a department head on their behalf */
                                signedBy: string | null;
                                onBehalf: boolean;
                                signedAt: string | null;
                            }[];
                            items: {
                                customerId: string;
                                customerNo: string;
                                customerName: string;
                                branchId: string;
                                successorId: string;
                                /** @description yuan, two decimals */
                                balance: string;
                                loans: number;
                                inspectionTasks: number;
                                collectionCases: number;
                            }[];
                            moves: {
                                /** @enum {string} */
                                objectType: "customer" | "contract" | "loan" | "inspection_task" | "collection_case";
                                objectId: string;
                                /** @description customer, contract or loan number (a task or case: its loan number) */
                                label: string;
                                customerId: string;
                                beforeUserId: string;
                                afterUserId: string;
                            }[];
                            /** @description completed: customers for which the departing user still holds something (new since the draft) */
                            remainingCustomers: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handover/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a pending handover, with a reason; nothing moves */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "completed" | "cancelled";
                            /** @enum {string} */
                            mode: "manual" | "by_balance";
                            reason: string;
                            branchId: string;
                            draftedBy: string;
                            draftedOn: string;
                            completedOn: string | null;
                            cancelledBy: string | null;
                            cancelReason: string | null;
                            departing: {
                                userId: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                active: boolean;
                                /** @description who signed: the party, or a department head on their behalf */
                                signedBy: string | null;
                                onBehalf: boolean;
                                signedAt: string | null;
                            };
                            successors: {
                                userId: string;
                                username: string;
                                displayName: string;
                                branchId: string;
                                active: boolean;
                                customers: number;
                                /** @description yuan, two decimals */
                                balance: string;
                                loans: number;
                                inspectionTasks: number;
                                collectionCases: number;
                                /** @description who signed: the party, or a department head on their behalf */
                                signedBy: string | null;
                                onBehalf: boolean;
                                signedAt: string | null;
                            }[];
                            items: {
                                customerId: string;
                                customerNo: string;
                                customerName: string;
                                branchId: string;
                                successorId: string;
                                /** @description yuan, two decimals */
                                balance: string;
                                loans: number;
                                inspectionTasks: number;
                                collectionCases: number;
                            }[];
                            moves: {
                                /** @enum {string} */
                                objectType: "customer" | "contract" | "loan" | "inspection_task" | "collection_case";
                                objectId: string;
                                /** @description customer, contract or loan number (a task or case: its loan number) */
                                label: string;
                                customerId: string;
                                beforeUserId: string;
                                afterUserId: string;
                            }[];
                            /** @description completed: customers for which the departing user still holds something (new since the draft) */
                            remainingCustomers: number;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/archive/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a document in a customer’s archive (version 1)
         * @description The request body is the file itself (not JSON, not multipart), with its Content-Type: one of application/pdf, image/jpeg, image/png, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/vnd.openxmlformats-officedocument.wordprocessingml.document. The content is checked by its first bytes (a PDF must start %PDF-, …) and the file name’s extension must agree. 413 payload_too_large (field file) over the limit (DAIHOU_ARCHIVE_MAX_BYTES, default 10 MiB), 415 unsupported_media_type (field file) for another type or bytes that are not what the type says; nothing is written.
         */
        post: {
            parameters: {
                query: {
                    stage: "investigation" | "approval" | "contract" | "disbursement" | "inspection" | "repayment" | "write_off" | "other";
                    title: string;
                    /** @description the original file name; its extension must match the content */
                    fileName: string;
                    loanId?: string;
                    /** @description default: the stage’s class */
                    retentionClass?: string;
                    /** @description where the paper original is kept (档案室/柜/盒) */
                    paperLocation?: string;
                    /** @description an attachment (photo, statement) of this inspection report */
                    inspectionReportId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            customerName: string;
                            loanId: string | null;
                            loanNo: string | null;
                            branchId: string;
                            /** @enum {string} */
                            stage: "investigation" | "approval" | "contract" | "disbursement" | "inspection" | "repayment" | "write_off" | "other";
                            title: string;
                            retentionClass: string;
                            retentionClassName: string;
                            /** @description first day it may be destroyed; null while the loan runs, or permanent */
                            retentionEndsOn: string | null;
                            paperLocation: string | null;
                            /** @enum {string} */
                            source: "upload" | "inspection_report";
                            inspectionReportId: string | null;
                            /** @enum {string} */
                            status: "active" | "destroyed";
                            destroyedOn: string | null;
                            destroyedBy: string | null;
                            destructionApprovedBy: string | null;
                            destructionApprovalId: string | null;
                            createdBy: string;
                            createdOn: string;
                            latestVersion: {
                                version: number;
                                /** @description SHA-256 of the content (hex): its address, checked on every read */
                                sha256: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                uploadedBy: string;
                                uploadedOn: string;
                                uploadedAt: string;
                                /** @description false once the document is destroyed */
                                contentAvailable: boolean;
                            };
                            checkout: {
                                id: string;
                                documentId: string;
                                borrower: string;
                                purpose: string;
                                checkedOutOn: string;
                                dueOn: string;
                                recordedBy: string;
                                returnedOn: string | null;
                                returnedTo: string | null;
                                overdue: boolean;
                            } | null;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archive/documents/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a new version of a document (n + 1; older versions stay)
         * @description The request body is the file itself (not JSON, not multipart), with its Content-Type: one of application/pdf, image/jpeg, image/png, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/vnd.openxmlformats-officedocument.wordprocessingml.document. The content is checked by its first bytes (a PDF must start %PDF-, …) and the file name’s extension must agree. 413 payload_too_large (field file) over the limit (DAIHOU_ARCHIVE_MAX_BYTES, default 10 MiB), 415 unsupported_media_type (field file) for another type or bytes that are not what the type says; nothing is written. 409 when the document is destroyed.
         */
        post: {
            parameters: {
                query: {
                    fileName: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            customerId: string;
                            customerName: string;
                            loanId: string | null;
                            loanNo: string | null;
                            branchId: string;
                            /** @enum {string} */
                            stage: "investigation" | "approval" | "contract" | "disbursement" | "inspection" | "repayment" | "write_off" | "other";
                            title: string;
                            retentionClass: string;
                            retentionClassName: string;
                            /** @description first day it may be destroyed; null while the loan runs, or permanent */
                            retentionEndsOn: string | null;
                            paperLocation: string | null;
                            /** @enum {string} */
                            source: "upload" | "inspection_report";
                            inspectionReportId: string | null;
                            /** @enum {string} */
                            status: "active" | "destroyed";
                            destroyedOn: string | null;
                            destroyedBy: string | null;
                            destructionApprovedBy: string | null;
                            destructionApprovalId: string | null;
                            createdBy: string;
                            createdOn: string;
                            latestVersion: {
                                version: number;
                                /** @description SHA-256 of the content (hex): its address, checked on every read */
                                sha256: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                uploadedBy: string;
                                uploadedOn: string;
                                uploadedAt: string;
                                /** @description false once the document is destroyed */
                                contentAvailable: boolean;
                            };
                            checkout: {
                                id: string;
                                documentId: string;
                                borrower: string;
                                purpose: string;
                                checkedOutOn: string;
                                dueOn: string;
                                recordedBy: string;
                                returnedOn: string | null;
                                returnedTo: string | null;
                                overdue: boolean;
                            } | null;
                        };
                    };
                };
                /** @description An error */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
                /** @description An error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description one of bad_input, unauthenticated, forbidden, password_change_required, not_found, conflict, payload_too_large, unsupported_media_type, rule_violation, too_many_requests, internal_error, unavailable */
                                code: string;
                                message: string;
                                /** @description the input at fault, when there is one */
                                field: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
