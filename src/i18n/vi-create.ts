/** Vietnamese strings of the create-a-ZCA flow (Flow A). */
export const viCreate = {};
