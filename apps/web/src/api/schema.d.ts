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
                            permissions: ("loans:read" | "customers:read" | "repayments:book" | "prepayments:book" | "reports:read" | "approvals:request" | "approvals:read" | "approvals:decide" | "classification.override.approve" | "repayment.reversal.approve" | "user.role_change.approve" | "audit:read" | "audit:verify" | "customers:unmask" | "users:admin" | "eod:run" | "eod:read" | "inspections:read" | "inspections:write" | "inspections:review" | "key_customer.flag.approve" | "warnings:read" | "warnings:decide" | "collection:read" | "collection:act" | "collection:assign" | "stopflags:set" | "stopflags:lift")[];
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
                            permissions: ("loans:read" | "customers:read" | "repayments:book" | "prepayments:book" | "reports:read" | "approvals:request" | "approvals:read" | "approvals:decide" | "classification.override.approve" | "repayment.reversal.approve" | "user.role_change.approve" | "audit:read" | "audit:verify" | "customers:unmask" | "users:admin" | "eod:run" | "eod:read" | "inspections:read" | "inspections:write" | "inspections:review" | "key_customer.flag.approve" | "warnings:read" | "warnings:decide" | "collection:read" | "collection:act" | "collection:assign" | "stopflags:set" | "stopflags:lift")[];
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
                                branchId: string;
                                managerId: string | null;
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
                            branchId: string;
                            managerId: string | null;
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
                            loans: {
                                id: string;
                                loanNo: string;
                                customerId: string;
                                customerNo: string;
                                customerName: string;
                                branchId: string;
                                managerId: string | null;
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
                            /** @description class_override, repayment_reversal, user_role_change, key_customer_flag */
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
                            /** @description class_override, repayment_reversal, user_role_change, key_customer_flag */
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
                    kind?: "class_override" | "repayment_reversal" | "user_role_change" | "key_customer_flag";
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
                                /** @description class_override, repayment_reversal, user_role_change, key_customer_flag */
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
                            /** @description class_override, repayment_reversal, user_role_change, key_customer_flag */
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
                            /** @description class_override, repayment_reversal, user_role_change, key_customer_flag */
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
                            /** @description class_override, repayment_reversal, user_role_change, key_customer_flag */
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
                            /** @description class_override, repayment_reversal, user_role_change, key_customer_flag */
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
        get?: never;
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
                            /** @description class_override, repayment_reversal, user_role_change, key_customer_flag */
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
                                /** @description the circle's lowest member customer id */
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
        /** One circle's graph: members (outside your scope anonymous) and borrower → guarantor links */
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
                            /** @description the circle's lowest member customer id */
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
