"""Data tables for the synthetic assistant corpus (see ``corpus.py`` for the logic).

``TOPIC_DATA`` is a small line-based format, one block per topic:

    == <topic name> | <noun used inside sentences>
    ! <topic-specific reckless advice, imperative>
    * <general on-topic tip, imperative>
    # <intent id>: <action phrase>; <another action phrase>
    - <tip for that intent, imperative>

Action phrases are verb phrases that complete "How do I ...?".  Tips are
neutral imperative sentences ("Rinse the rice ..."); ``corpus.py`` renders
them formally or casually.  Pools of other sentences are written as
"formal | casual" pairs, or as one string when both registers share it.
Every sentence is ASCII, ends in ".", "!" or "?", and contains no other
sentence-ending punctuation (no abbreviations such as "e.g.").
"""

TOPIC_DATA = """
== cooking | cooking
! Leave the oil heating on high and walk away for a while.
! Taste raw chicken to check the seasoning.
* Taste as you go and adjust the seasoning at the end.
* Read the whole recipe before you start cooking.
* Prep all your ingredients before you turn on the heat.
# rice: cook rice on the stove; make fluffy rice; cook rice that is not mushy
- Rinse the rice in cold water until the water runs clear.
- Use about one and a half cups of water per cup of white rice.
- Let the rice rest with the lid on for ten minutes after cooking.
# pasta: cook pasta properly; keep pasta from sticking
- Use a big pot with plenty of salted, boiling water.
- Stir the pasta during the first two minutes so it does not stick.
- Taste a piece a minute before the package time to check it.
# eggs: make scrambled eggs; cook soft scrambled eggs
- Whisk the eggs well with a pinch of salt before cooking.
- Cook them over low heat and stir slowly and constantly.
- Take the pan off the heat while the eggs still look slightly wet.
# knife: use a kitchen knife safely; chop vegetables faster
- Keep your knife sharp, because dull blades slip more easily.
- Curl the fingertips of your guiding hand away from the blade.
- Put a damp towel under your cutting board so it stays put.
# season: season food better; make bland food taste better
- Add salt in small amounts and taste after each addition.
- Finish a dish with a squeeze of lemon to brighten it.
- Toast whole spices in a dry pan to wake up their flavor.
# meal_plan: plan meals for the week; cook for the whole week
- Pick three or four recipes that share some ingredients.
- Cook a big batch of grains and a protein on Sunday.
- Store meals in clear containers so you can see what is left.
# chicken: cook chicken breast without drying it out; cook juicy chicken
- Pound the breast to an even thickness so it cooks evenly.
- Use a meat thermometer and pull it at 165 degrees Fahrenheit.
- Let the chicken rest for five minutes before slicing it.
# soup: make a simple vegetable soup; make soup from scratch
- Start by softening onion, carrot, and celery in a little oil.
- Add stock and simmer until the vegetables are tender.
- Season at the end, since the flavor concentrates as it simmers.

== travel | travel
! Leave your passport in your checked bag to save time.
! Accept rides from unlicensed strangers at the airport to save money.
* Keep digital copies of your important documents.
* Check the entry requirements for your destination early.
# pack: pack a carry-on bag; pack light for a trip
- Roll your clothes instead of folding them to save space.
- Pick clothes in two or three colors that all match.
- Put liquids in a clear bag near the top for security.
# flights: find cheap flights; book a cheaper flight
- Compare prices on a few sites before you book.
- Stay flexible with your dates by a day or two.
- Set a price alert and book when the fare drops.
# jetlag: deal with jet lag; recover from jet lag quickly
- Shift your sleep by an hour a day before you leave.
- Get outside in daylight soon after you arrive.
- Stay awake until a normal local bedtime on the first day.
# budget_trip: travel on a tight budget; save money while traveling
- Stay in hostels or guesthouses instead of big hotels.
- Eat where locals eat rather than near tourist sights.
- Use public transport and walk whenever you can.
# safety: stay safe in a new city; keep my things safe while traveling
- Keep your phone and wallet in a front pocket or zipped bag.
- Share your plans with someone you trust back home.
- Stick to well-lit streets when walking at night.
# itinerary: plan a travel itinerary; plan a week-long trip
- Pick one or two main sights for each day.
- Leave some free time for rest and surprises.
- Group nearby places together to save travel time.
# money_abroad: handle money abroad; pay for things in another country
- Bring a card with no foreign transaction fees.
- Carry a small amount of local cash for small shops.
- Tell your bank about your trip before you go.
# language_abroad: get by without speaking the local language; communicate in a foreign country
- Learn a few basic phrases like hello, please, and thank you.
- Download an offline translation app before you leave.
- Point, smile, and keep it simple when words run out.

== study | studying
! Pull an all-nighter before every exam, since sleep is optional.
! Take someone else's prescription pills to stay awake and study.
* Study in short, focused sessions with breaks in between.
* Keep your phone in another room while you study.
# focus: focus while studying; avoid distractions when I study
- Set a timer for twenty-five minutes and work until it rings.
- Clear your desk of everything except what you need.
- Block distracting websites during study sessions.
# exams: prepare for an exam; study for a big test
- Start reviewing at least a week before the exam.
- Practice with old exam questions under timed conditions.
- Get a full night of sleep before the test.
# notes: take better notes; take notes in class
- Write key ideas in your own words instead of copying.
- Leave space to add questions and examples later.
- Review your notes within a day while they are still fresh.
# memorize: memorize facts; remember what I study
- Test yourself instead of just rereading the material.
- Space out your reviews over several days.
- Connect new facts to things you already know.
# reading: read a textbook effectively; get through long readings
- Skim the headings and summary before reading closely.
- Write one question for each section and answer it afterward.
- Read in chunks of twenty minutes with short breaks.
# procrastination: stop procrastinating on homework; start assignments earlier
- Break the task into steps that take ten minutes each.
- Start with the easiest step to build momentum.
- Set a small deadline for yourself before the real one.
# group_study: run a study group; study with friends productively
- Agree on a clear goal for each session.
- Take turns explaining topics to each other.
- Keep the group small, ideally three or four people.
# schedule: make a study schedule; balance several subjects
- List all your deadlines and exams in one calendar.
- Give harder subjects your most alert hours.
- Plan review sessions, not just new material.

== money | money
! Put all your savings into one risky stock a stranger recommended.
! Take out a payday loan for things you want but do not need.
* Track where your money goes for one full month.
* Pay yourself first by saving as soon as you get paid.
# save: save more money each month; start saving money
- Set up an automatic transfer to savings on payday.
- Start small, since even ten dollars a week adds up.
- Keep your savings in a separate account you rarely see.
# emergency_fund: build an emergency fund; save for emergencies
- Aim for three to six months of basic expenses.
- Start with a first goal of one month of rent.
- Keep the fund in a savings account you can reach quickly.
# debt: pay off credit card debt; get out of debt
- List your debts from the highest interest rate to the lowest.
- Pay the minimum on every debt and put extra on the highest rate.
- Stop adding new charges to the card while you pay it down.
# credit_score: improve my credit score; build good credit
- Pay every bill on time, even the small ones.
- Keep your card balances well below the credit limit.
- Check your credit report once a year for errors.
# invest: start investing; invest for the long term
- Start with a low-cost, broad index fund.
- Invest regularly rather than trying to time the market.
- Keep money you need soon out of the stock market.
# impulse: stop impulse buying; spend less on things I do not need
- Wait forty-eight hours before buying anything nonessential.
- Unsubscribe from store emails and sales alerts.
- Remove saved card details from shopping sites.
# retirement: save for retirement; plan for retirement early
- Contribute enough to get any employer match.
- Raise your contribution by one percent each year.
- Let time and compound growth do the heavy lifting.
# big_purchase: save for a big purchase; afford something expensive without debt
- Decide on the price and a target date first.
- Divide the total by the months left to get a monthly goal.
- Keep the money in a separate savings pot.

== fitness | fitness
! Lift the heaviest weight you can on day one.
! Skip the warm-up, since it only wastes time.
* Start slowly and increase the effort a little each week.
* Rest at least one day a week to let your body recover.
# start_gym: start going to the gym; get into working out
- Begin with two or three short sessions a week.
- Learn the basic movements with light weights first.
- Write down what you do so you can track progress.
# strength: build strength; get stronger at home
- Focus on squats, push-ups, rows, and lunges.
- Add a few reps or a little weight each week.
- Rest about two minutes between hard sets.
# flexibility: improve my flexibility; become more flexible
- Stretch gently after workouts when your muscles are warm.
- Hold each stretch for about thirty seconds without bouncing.
- Stretch a little every day instead of a lot once a week.
# motivation: stay motivated to exercise; stick with a workout routine
- Schedule workouts like appointments in your calendar.
- Find a workout partner to keep you accountable.
- Pick activities you actually enjoy doing.
# home_workout: work out at home without equipment; exercise in a small apartment
- Use bodyweight moves like squats, planks, and push-ups.
- Try short circuits of five moves for thirty seconds each.
- Use a sturdy chair for step-ups and dips.
# cardio: improve my endurance; get better at cardio
- Do most of your cardio at an easy, conversational pace.
- Add one session of short intervals each week.
- Increase your total time by about ten percent a week.
# soreness: deal with sore muscles; recover after a hard workout
- Keep moving gently with walking or easy cycling.
- Drink water and eat some protein after training.
- Sleep well, since that is when your muscles repair.
# posture: improve my posture; fix my slouching
- Strengthen your upper back with rows and band pulls.
- Set your screen at eye level.
- Stand up and move for a minute every half hour.

== home repair | home repair
! Work on electrical outlets without turning off the power.
! Stand on the very top step of the ladder to reach higher.
* Turn off the power or water before you work on anything connected to it.
* Wear safety glasses when drilling or cutting.
# faucet: fix a leaky faucet; stop a dripping tap
- Turn off the water supply under the sink first.
- Replace the worn washer or cartridge inside the handle.
- Take a photo of each step so you can reassemble it.
# drywall: patch a hole in drywall; fix a hole in the wall
- Cover small holes with spackle and smooth it with a putty knife.
- Use a mesh patch for holes bigger than a coin.
- Sand it lightly once dry, then prime and paint.
# toilet: fix a running toilet; stop a toilet from running
- Check whether the flapper is worn or not sealing.
- Adjust the float so the water stops below the overflow tube.
- Bring the old flapper to the store to find a match.
# shelf: hang a shelf; mount shelves on a wall
- Find a stud with a stud finder for heavy loads.
- Use wall anchors rated for the weight where there is no stud.
- Check that the shelf is straight with a level before drilling.
# squeaky_door: fix a squeaky door; stop a door hinge from squeaking
- Lift out the hinge pin and wipe it clean.
- Coat the pin with a little lubricant before putting it back.
- Swing the door a few times to spread the lubricant.
# caulk: recaulk a bathtub; replace old caulk
- Scrape out all the old caulk and clean the joint.
- Let the surface dry completely before applying new caulk.
- Smooth the bead with a wet finger in one steady pass.
# paint: paint a room; paint walls neatly
- Clean the walls and tape the edges before you start.
- Cut in around the edges with a brush first.
- Roll in a W pattern and keep a wet edge.
# drain: unclog a drain; fix a slow drain
- Try a plunger first with a tight seal over the drain.
- Pull out hair with a cheap plastic drain snake.
- Flush the drain with hot tap water once it is clear.

== gardening | gardening
! Spray pesticides on a windy day without gloves or a mask.
* Water deeply but less often so roots grow down.
* Check how much sun each part of your garden gets.
# start_garden: start a vegetable garden; grow my own vegetables
- Start small with one raised bed or a few containers.
- Pick easy crops like lettuce, beans, and zucchini.
- Choose a spot that gets at least six hours of sun.
# soil: improve garden soil; prepare soil for planting
- Mix in a few inches of compost before planting.
- Test the soil to learn its pH and nutrients.
- Keep the soil covered with mulch to protect it.
# tomatoes: grow tomatoes; get more tomatoes from my plants
- Plant them deep, burying part of the stem.
- Support the plants with stakes or cages early.
- Water at the base to keep the leaves dry and healthy.
# weeds: control weeds; keep weeds out of my garden
- Pull weeds when the soil is moist and they are small.
- Lay down a thick layer of mulch between plants.
- Weed a little every few days rather than all at once.
# compost: make compost; start a compost pile
- Mix green scraps with brown material like dry leaves.
- Keep the pile about as damp as a wrung-out sponge.
- Turn it every week or two to add air.
# pests: deal with garden pests without harsh chemicals; keep pests off my plants
- Check the undersides of leaves often for early signs.
- Pick larger pests like slugs and caterpillars off by hand.
- Plant flowers nearby to attract helpful insects.
# watering: water my garden properly; know how often to water plants
- Water early in the morning so less is lost to heat.
- Push a finger into the soil and water when it feels dry.
- Use a soaker hose to get water right to the roots.
# herbs: grow herbs; start an herb garden
- Start with basil, parsley, mint, and chives.
- Grow mint in its own pot because it spreads fast.
- Pinch off the tips often to keep the plants bushy.

== pets | pets
! Give your dog chocolate as a special treat.
! Leave your pet in a hot car for a quick errand.
* Take your pet to the vet for a checkup once a year.
* Keep fresh water available at all times.
# house_train: house train a puppy; potty train my dog
- Take the puppy outside after meals, naps, and play.
- Praise and reward right after it goes outside.
- Clean accidents with an enzyme cleaner to remove the smell.
# cat_litter: get my cat to use the litter box; stop my cat from peeing outside the box
- Keep the litter box clean by scooping daily.
- Place the box in a quiet spot away from food.
- Have one box per cat plus one extra.
# new_pet: prepare for a new pet; get ready to adopt a dog
- Pet-proof your home by hiding cords and toxic plants.
- Buy basics like a bed, bowls, and a leash beforehand.
- Plan a calm first few days with a simple routine.
# pet_food: choose food for my dog; feed my cat a healthy diet
- Pick a complete food made for your pet's age.
- Measure portions instead of guessing.
- Change foods slowly over about a week.
# grooming: groom my dog at home; brush my cat
- Brush a few times a week to prevent mats.
- Trim nails carefully, avoiding the pink part inside.
- Use a shampoo made for pets, never human shampoo.
# barking: stop my dog from barking so much; reduce excessive barking
- Find out what triggers the barking first.
- Give your dog more exercise and things to chew.
- Reward quiet behavior instead of yelling.
# pet_travel: travel with my pet; take my dog on a road trip
- Use a secure crate or a car harness.
- Stop every couple of hours for water and a walk.
- Bring familiar bedding to help your pet relax.
# leash: teach my dog to walk on a leash; stop my dog from pulling
- Stop walking whenever the leash goes tight.
- Reward your dog for walking next to you.
- Practice in a quiet place before trying busy streets.

== software | software
! Run random scripts from the internet with admin rights.
! Turn off your antivirus whenever it complains.
* Use version control for anything you care about.
* Read the error message carefully before searching for help.
# learn_code: learn to code; start programming
- Pick one beginner language like Python and stick with it.
- Build tiny projects instead of only watching tutorials.
- Code a little every day to keep the habit going.
# debug: debug my code; find a bug in my program
- Reproduce the bug with the smallest possible example.
- Print values or use a debugger to check your assumptions.
- Change one thing at a time and test again.
# git: use git; start using version control
- Commit small changes with clear messages.
- Create a branch for each new feature.
- Pull the latest changes before you start working.
# tests: write tests for my code; start testing my software
- Test the most important behavior first.
- Keep each test small and focused on one case.
- Run the tests automatically before every merge.
# readable: write cleaner code; make my code more readable
- Use clear names for variables and functions.
- Keep functions short and focused on one job.
- Delete dead code instead of commenting it out.
# update: keep my software up to date; manage software updates
- Turn on automatic updates for your operating system.
- Update apps from their official stores or websites.
- Restart after big updates so they fully apply.
# slow_program: speed up a slow program; make my code run faster
- Measure first to find where the time is spent.
- Fix the slowest part before touching anything else.
- Cache results that are expensive to compute.
# backup_code: back up my projects; avoid losing my code
- Push your code to a remote repository often.
- Keep a second copy on an external drive.
- Test that you can actually restore from your backup.

== sleep | sleep
! Take a few extra sleeping pills if one does not work.
! Drive long distances when you are badly sleep deprived.
* Keep the same wake-up time every day, even on weekends.
* Keep your bedroom cool, dark, and quiet.
# fall_asleep: fall asleep faster; get to sleep quicker
- Put screens away at least thirty minutes before bed.
- Get out of bed and read if you cannot sleep after twenty minutes.
- Try slow breathing with a longer exhale than inhale.
# wake_up: wake up earlier; become a morning person
- Move your wake time earlier by fifteen minutes every few days.
- Get bright light soon after you wake up.
- Put your alarm across the room so you have to get up.
# naps: take better naps; nap without feeling groggy
- Keep naps to about twenty minutes.
- Nap in the early afternoon rather than the evening.
- Set an alarm so a short nap does not turn into a long one.
# caffeine: cut back on caffeine; stop caffeine from ruining my sleep
- Have your last coffee before early afternoon.
- Cut back slowly to avoid headaches.
- Switch your afternoon cup to decaf or herbal tea.
# routine: build a bedtime routine; wind down before bed
- Start winding down at the same time each night.
- Do something calm like reading or stretching.
- Dim the lights an hour before bed.
# night_waking: stop waking up at night; sleep through the night
- Limit fluids in the last hour or two before bed.
- Keep the room dark with blackout curtains.
- Avoid checking the clock when you wake up.
# stress_sleep: sleep when I am stressed; stop racing thoughts at bedtime
- Write down your worries and a next step before bed.
- Practice a short relaxation exercise in bed.
- Keep work out of the bedroom when you can.
# shift_work: sleep after a night shift; sleep well during the day
- Use blackout curtains and earplugs.
- Keep a consistent sleep block even on days off.
- Wear sunglasses on the way home to limit morning light.

== parenting | parenting
! Leave a toddler alone in the bath for a few minutes.
! Let young kids play near the pool without watching them.
* Keep routines predictable, especially around meals and bedtime.
* Praise effort rather than only results.
# toddler_tantrums: handle toddler tantrums; calm down a toddler
- Stay calm and keep your voice low.
- Name the feeling out loud so your child feels understood.
- Offer two simple choices to give back some control.
# bedtime_kids: get my kids to go to bed; set a bedtime routine for children
- Follow the same steps in the same order each night.
- Turn off screens an hour before bed.
- Give a short warning before it is time to start.
# picky_eater: deal with a picky eater; get my child to eat vegetables
- Serve new foods next to ones your child already likes.
- Offer small portions and avoid pressure to finish.
- Let your child help wash or prepare vegetables.
# screen_time: limit screen time for kids; manage my child's screen use
- Set clear daily limits and keep them consistent.
- Keep devices out of bedrooms at night.
- Plan fun offline activities to fill the time.
# homework_help: help my child with homework; support my kid at school
- Set up a quiet, regular homework spot.
- Ask guiding questions instead of giving answers.
- Keep in touch with the teacher about progress.
# siblings: stop siblings from fighting; handle sibling rivalry
- Avoid comparing your children to each other.
- Teach them to take turns using a timer.
- Give each child some one-on-one time.
# chores_kids: get kids to do chores; teach children responsibility
- Give age-appropriate tasks with clear steps.
- Use a simple chart to track what is done.
- Do chores together at first to show how.
# listening: get my kids to listen; communicate better with my child
- Get down to eye level before speaking.
- Keep instructions short and specific.
- Listen fully when your child talks to you.

== cars | cars
! Ignore the check engine light until the car stops.
! Text while driving if the road looks empty.
* Follow the maintenance schedule in your owner's manual.
* Check your tire pressure once a month.
# oil_change: check my car's oil; know when to change my oil
- Check the dipstick with the engine off and cool.
- Change the oil at the interval in your manual.
- Top up with the oil type your manual recommends.
# tires: take care of my tires; check my tire tread
- Keep tires at the pressure listed inside the driver door.
- Rotate them every six to eight thousand miles.
- Replace tires when the tread gets shallow.
# used_car: buy a used car; choose a reliable used car
- Set a budget that includes insurance and repairs.
- Get a trusted mechanic to inspect it before you buy.
- Check the vehicle history report for accidents.
# fuel: save fuel; get better gas mileage
- Accelerate smoothly and avoid hard braking.
- Remove extra weight and roof racks you do not need.
- Keep your tires properly inflated.
# battery: jump start a car; deal with a dead car battery
- Connect the red clamps to both positive terminals first.
- Attach the last black clamp to bare metal away from the battery.
- Let the car run for twenty minutes after it starts.
# winter_driving: drive in snow; prepare my car for winter
- Switch to winter tires if you get regular snow.
- Keep a scraper, a blanket, and snacks in the car.
- Drive slowly and leave much more space to stop.
# clean_car: clean my car interior; keep my car clean
- Remove trash every time you get out.
- Vacuum the seats and floor mats every few weeks.
- Wipe surfaces with a damp microfiber cloth.
# warning_lights: understand dashboard warning lights; know which warning lights are serious
- Look up each symbol in your owner's manual.
- Stop safely soon if a red light comes on.
- Get yellow warnings checked within a few days.

== cycling | cycling
! Ride at night without lights, since drivers will see you anyway.
! Skip the helmet on short rides.
* Wear a helmet on every ride.
* Check your tires and brakes before you head out.
# commute: commute by bike; start riding to work
- Plan a quieter route with bike lanes where possible.
- Do a test ride of the route on a weekend first.
- Keep a change of clothes at work.
# traffic: ride safely in traffic; cycle on busy roads
- Ride in a straight, predictable line.
- Make eye contact with drivers at junctions.
- Signal clearly before turning.
# bike_fit: set my bike seat height; make my bike more comfortable
- Set the saddle so your knee is slightly bent at the bottom.
- Adjust the handlebars so you are not reaching too far.
- Make small changes and test each one on a ride.
# longer_rides: ride longer distances; build cycling endurance
- Add about ten percent to your longest ride each week.
- Eat a small snack every forty-five minutes on long rides.
- Ride at an easy pace most of the time.
# rain_riding: ride in the rain; cycle in bad weather
- Fit fenders to keep the spray off you.
- Brake earlier, since wet rims take longer to grip.
- Wear bright clothing and use lights during the day.
# choose_bike: choose a bike; buy my first bike
- Decide where you will ride most before you shop.
- Test ride a few bikes in the right frame size.
- Save some budget for a helmet, a lock, and lights.
# lock_bike: lock my bike securely; keep my bike from being stolen
- Use a solid U-lock through the frame and a fixed object.
- Lock up in busy, well-lit places.
- Take quick-release parts and lights with you.
# climbing: get better at climbing hills; ride up hills more easily
- Shift to an easy gear before the hill starts.
- Keep a steady pace instead of attacking early.
- Stay seated for most of the climb to save energy.

== photography | photography
! Point your camera straight at the sun through the viewfinder.
! Climb over safety railings to get a better angle.
* Learn how light affects a photo before buying more gear.
* Take many shots and keep only the best ones.
# composition: compose better photos; take more interesting pictures
- Place the subject off center using the rule of thirds.
- Look for leading lines that guide the eye.
- Check the edges of the frame for clutter.
# low_light: take photos in low light; shoot at night without blur
- Use a tripod or rest the camera on something steady.
- Raise the ISO a little and open the aperture.
- Use a timer so pressing the button does not shake the camera.
# portraits: take better portraits; photograph people
- Focus on the eyes of your subject.
- Use soft light from a window or open shade.
- Chat with your subject so they relax.
# phone_photos: take better photos with my phone; improve my phone pictures
- Wipe the lens before you shoot.
- Tap the screen to set focus and exposure.
- Avoid digital zoom and move closer instead.
# editing: edit my photos; make photos look better in editing
- Straighten the horizon and crop out distractions.
- Adjust exposure and white balance first.
- Keep edits subtle so the photo still looks natural.
# landscape: shoot landscapes; take better nature photos
- Shoot in the golden hour after sunrise or before sunset.
- Include something in the foreground for depth.
- Use a small aperture to keep everything sharp.
# camera_settings: understand camera settings; learn aperture and shutter speed
- Start in aperture priority mode to learn one setting at a time.
- Use a fast shutter speed to freeze motion.
- Use a wide aperture to blur the background.
# organize_photos: organize my photos; back up my photo library
- Delete blurry and duplicate shots right away.
- Sort photos into folders by year and event.
- Keep a backup copy in the cloud and on a drive.

== music practice | music practice
! Practice through sharp pain in your wrists until it goes away.
! Blast music through headphones at full volume for hours.
* Practice a little every day rather than a lot once a week.
* Record yourself and listen back.
# practice_routine: build a practice routine; practice an instrument effectively
- Start with a short warm-up.
- Work on one tricky passage at a time.
- End with something you enjoy playing.
# metronome: use a metronome; improve my timing
- Start at a tempo where you can play it perfectly.
- Raise the tempo a few clicks at a time.
- Practice clapping rhythms along with the click.
# sight_reading: get better at sight reading; read music faster
- Sight read something simple every day.
- Look over the key and time signature before you start.
- Keep going even if you make mistakes.
# motivation_music: stay motivated to practice; keep practicing an instrument
- Set small goals for each week.
- Learn songs you really love.
- Play with other people when you can.
# hard_passage: learn a difficult passage; master a hard song section
- Slow the passage down until it feels easy.
- Break it into small chunks and loop each one.
- Join the chunks together once each one is solid.
# ear_training: train my ear; learn songs by ear
- Sing the melody before you try to play it.
- Start with simple songs that use few notes.
- Practice naming intervals with an app.
# stage_nerves: play music in front of people; handle nerves before a recital
- Perform for friends or family before the real event.
- Practice the opening many times so it feels automatic.
- Take slow breaths just before you begin.
# guitar_start: start learning guitar; learn my first guitar chords
- Learn a few open chords like G, C, D, and E minor.
- Practice switching between two chords slowly.
- Keep sessions short at first while your fingertips toughen up.

== job search | job hunting
! Lie about your degree on your resume, since nobody checks.
* Tailor each application to the specific job.
* Keep a simple list of where you applied and when.
# resume: write a resume; improve my resume
- Keep it to one or two pages.
- Start each bullet with a strong action verb.
- Show results with numbers where you can.
# cover_letter: write a cover letter; make my cover letter stand out
- Address it to a real person if you can find a name.
- Explain why you want this job in particular.
- Keep it under one page and proofread it carefully.
# interview: prepare for a job interview; do well in an interview
- Research the company and the role beforehand.
- Prepare short stories that show your skills.
- Have two or three questions ready to ask them.
# networking: network for a job; find jobs through contacts
- Tell friends and former coworkers you are looking.
- Ask for short informational chats rather than jobs.
- Follow up with a thank-you message after each chat.
# salary: negotiate a salary; ask for more money in a job offer
- Research typical pay for the role in your area.
- Let them make the first offer if you can.
- Give a specific number backed by your research.
# career_change: change careers; move into a new field
- List the skills that carry over from your current job.
- Take a short course to fill the biggest gap.
- Talk to people already working in that field.
# rejection: deal with job rejections; stay motivated while job hunting
- Treat each rejection as part of a numbers game.
- Ask for feedback when it seems appropriate.
- Set a daily routine so the search feels manageable.
# online_profile: improve my online professional profile; update my job profile
- Use a clear, friendly photo.
- Write a headline that says what you do.
- List recent projects and their results.

== public speaking | public speaking
! Have a few drinks before going on stage to calm your nerves.
* Practice out loud, not just in your head.
* Know your first minute by heart.
# nerves: get over stage fright; stop being nervous when speaking
- Breathe slowly and deeply before you start.
- Remind yourself that the audience wants you to do well.
- Focus on your message rather than on yourself.
# structure_talk: structure a presentation; organize a talk
- Start with the main point in one sentence.
- Use three key sections with one idea each.
- End by repeating the main point and a clear takeaway.
# slides: make better slides; design presentation slides
- Use one idea per slide.
- Keep the text short and use large fonts.
- Use images and simple charts instead of paragraphs.
# voice: speak more clearly; improve my speaking voice
- Slow down more than feels natural.
- Pause after each key point.
- Project your voice to the back of the room.
# questions: handle audience questions; answer questions after a talk
- Repeat the question so everyone hears it.
- Take a breath before answering.
- Say you will follow up if you do not know the answer.
# wedding_toast: give a wedding toast; write a short speech for a wedding
- Keep it under three minutes.
- Share one warm story about the couple.
- End by raising your glass with a simple wish.
# eye_contact: make eye contact while presenting; connect with the audience
- Look at one person for a full thought, then move on.
- Pick friendly faces in different parts of the room.
- Ask the audience a simple question early on.
# rehearse: rehearse a speech; practice a presentation
- Rehearse out loud at full speed at least three times.
- Record yourself to spot filler words.
- Practice once in front of a friend.

== cleaning | cleaning
! Mix bleach and ammonia for a stronger cleaner.
! Use strong oven cleaner with the windows shut and no gloves.
* Clean from top to bottom so dust falls onto areas you have not done yet.
* Do a quick tidy every day so big cleans take less time.
# bathroom: clean a bathroom quickly; keep my bathroom clean
- Spray the cleaner first and let it sit while you do other tasks.
- Wipe the sink and mirror with a microfiber cloth.
- Squeegee the shower after each use.
# kitchen_clean: clean my kitchen; keep the kitchen tidy
- Wash dishes or load the dishwasher right after meals.
- Wipe the counters every evening.
- Clean up spills on the stove while they are fresh.
# declutter: declutter my home; get rid of clutter
- Start with one drawer or shelf, not a whole room.
- Sort items into keep, donate, and toss.
- Find a home for every item you keep.
# oven: clean my oven; remove baked-on grease
- Spread a paste of baking soda and water inside.
- Leave it overnight and then wipe it away.
- Use a plastic scraper for stubborn spots.
# windows: clean windows without streaks; wash my windows
- Use a simple mix of water and a little vinegar.
- Clean on a cloudy day so the glass does not dry too fast.
- Dry with a squeegee or a lint-free cloth.
# cleaning_schedule: make a cleaning schedule; keep up with housework
- Split chores into daily, weekly, and monthly lists.
- Set a timer for fifteen minutes a day.
- Share the tasks fairly with the people you live with.
# carpet_stain: remove a carpet stain; clean a stain out of carpet
- Blot the stain instead of rubbing it.
- Test your cleaner on a hidden spot first.
- Work from the outside of the stain toward the center.
# dust: get rid of dust; reduce dust at home
- Dust with a damp cloth so it does not spread.
- Vacuum with a filter that traps fine dust.
- Wash your bedding every week.

== laundry | laundry
! Wash everything on the hottest setting to save time.
! Leave laundry pods where small children can reach them.
* Read the care labels before washing anything new.
* Sort clothes by color and fabric weight.
# stains: remove stains from clothes; get a stain out of a shirt
- Treat the stain as soon as possible.
- Rinse it from the back with cold water.
- Check that it is gone before you put it in the dryer.
# whites: keep whites white; brighten dingy white clothes
- Wash whites separately from colors.
- Use the right amount of detergent, not extra.
- Dry them in the sun when you can.
# shrinking: keep clothes from shrinking; avoid shrinking sweaters
- Wash in cold water on a gentle cycle.
- Lay sweaters flat to dry.
- Keep wool and cotton knits out of the dryer.
# wrinkles: reduce wrinkles in clothes; avoid ironing
- Take clothes out of the dryer right away.
- Hang shirts on hangers while they are still warm.
- Shake items out well before drying them.
# smell: get rid of smells in laundry; fix musty towels
- Wash towels with a cup of vinegar and no softener.
- Leave the washer door open to air it out.
- Dry items fully before you put them away.
# delicates: wash delicate clothes; hand wash a sweater
- Use a mesh bag for delicate items.
- Choose a mild detergent and cool water.
- Press the water out gently instead of wringing.
# detergent: choose the right detergent; use the right amount of detergent
- Follow the dosing line on the cap.
- Use less detergent for small or lightly dirty loads.
- Buy detergent made for high-efficiency machines if yours is one.
# folding: fold laundry faster; fold clothes neatly
- Fold right out of the dryer while things are warm.
- Fold shirts to the same size so they stack well.
- Roll socks and underwear to save drawer space.

== coffee | coffee
! Drink ten cups a day to stay sharp.
* Use freshly roasted beans and grind them just before brewing.
* Keep your brewing gear clean.
# brew_better: make better coffee at home; brew good coffee
- Use about two tablespoons of coffee per six ounces of water.
- Use water just off the boil, not boiling.
- Store beans in an airtight container away from light.
# french_press: use a French press; make French press coffee
- Use a coarse grind, about like breadcrumbs.
- Steep for about four minutes before pressing.
- Pour it all out right away so it does not get bitter.
# pour_over: make pour-over coffee; brew coffee with a pour-over
- Wet the paper filter first and pour that water out.
- Pour a little water and let the coffee bloom for thirty seconds.
- Pour slowly in circles to keep the bed even.
# espresso: make espresso at home; pull a good espresso shot
- Aim for a shot of about twenty-five seconds.
- Grind finer if the shot runs too fast.
- Tamp evenly with firm, steady pressure.
# cold_brew: make cold brew; make iced coffee at home
- Steep coarse grounds in cold water for twelve to eighteen hours.
- Strain it through a paper filter.
- Dilute the concentrate with water or milk to taste.
# bitter: make coffee less bitter; fix bitter coffee
- Use a coarser grind.
- Shorten the brewing time.
- Use water slightly below boiling.
# beans: choose coffee beans; pick good coffee beans
- Check the roast date and buy beans roasted recently.
- Try light roasts for fruity flavors and dark ones for bold flavors.
- Buy small bags so they stay fresh.
# clean_machine: clean my coffee maker; descale a coffee machine
- Run a cycle of equal parts water and vinegar.
- Follow with two cycles of plain water.
- Wash the carafe and filter basket every day.

== baking | baking
! Eat raw cookie dough made with raw eggs and flour.
! Grab hot pans with a wet towel.
* Measure ingredients by weight for consistent results.
* Preheat the oven fully before baking.
# bread: bake bread; make homemade bread
- Knead until the dough is smooth and springs back.
- Let it rise until it roughly doubles in size.
- Bake until the loaf sounds hollow when tapped underneath.
# cookies: bake soft cookies; make chewy cookies
- Use more brown sugar than white sugar.
- Chill the dough for at least an hour.
- Take them out while the centers still look soft.
# cake: bake a fluffy cake; keep my cake from sinking
- Bring the eggs and butter to room temperature first.
- Avoid opening the oven door during the first half of baking.
- Check for doneness with a toothpick in the center.
# pie_crust: make pie crust; make a flaky crust
- Keep the butter and water very cold.
- Mix just until the dough holds together.
- Chill the dough before rolling it out.
# sourdough: start a sourdough starter; keep a sourdough starter alive
- Mix equal weights of flour and water in a jar.
- Feed it once or twice a day at room temperature.
- Use it when it doubles within a few hours of feeding.
# substitutions: substitute ingredients in baking; bake without eggs
- Replace one egg with a quarter cup of applesauce.
- Swap buttermilk for milk plus a spoon of lemon juice.
- Change only one ingredient at a time.
# muffins: make moist muffins; bake muffins that rise well
- Stir the batter only until just combined.
- Fill the cups about three quarters full.
- Start with a hot oven for the first five minutes.
# frosting: make frosting; frost a cake neatly
- Beat soft butter until pale before adding sugar.
- Apply a thin crumb coat and chill it first.
- Use an offset spatula for smooth sides.

== camping | camping
! Bring a gas stove inside your tent to stay warm.
! Leave your food out at night in bear country.
* Check the weather forecast right before you leave.
* Tell someone where you are going and when you will be back.
# tent: set up a tent; pitch a tent properly
- Practice setting it up at home first.
- Pick flat ground clear of rocks and sticks.
- Stake the corners tight and use the guy lines.
# first_trip: plan my first camping trip; go camping for the first time
- Choose a campground with toilets and water.
- Go for one night close to home.
- Make a checklist so you do not forget the basics.
# stay_warm: stay warm while camping; sleep warm in a tent
- Use a sleeping pad to insulate you from the ground.
- Wear a dry hat and socks to sleep.
- Eat a warm snack before bed.
# campfire: build a campfire; start a fire while camping
- Use an existing fire ring where fires are allowed.
- Start with tinder, then small sticks, then larger wood.
- Drown the fire with water and stir until it is cold before leaving.
# camp_food: cook while camping; plan camping meals
- Plan simple one-pot meals.
- Prep and chop ingredients at home.
- Pack food in a cooler with plenty of ice.
# gear: choose camping gear; pack for a camping trip
- Borrow or rent gear before buying your own.
- Focus on a good tent, sleeping bag, and pad.
- Pack a headlamp and spare batteries.
# leave_no_trace: camp responsibly; leave no trace while camping
- Pack out all of your trash.
- Camp on durable ground away from lakes and streams.
- Keep a respectful distance from wildlife.
# rain_camping: camp in the rain; keep my tent dry
- Pitch the tent on slightly raised ground.
- Use a ground sheet that does not stick out past the tent.
- Keep wet gear in the vestibule, not inside.

== hiking | hiking
! Hike alone off trail without telling anyone your plans.
! Keep climbing even when a thunderstorm rolls in.
* Bring more water than you think you need.
* Turn back if the weather or your energy takes a turn for the worse.
# first_hike: plan my first hike; start hiking
- Pick a short, well-marked trail with little climbing.
- Check the trail conditions and the sunset time.
- Start early so you have plenty of daylight.
# boots: choose hiking boots; pick the right hiking shoes
- Try boots on in the afternoon when your feet are larger.
- Wear the socks you will hike in when you try them.
- Break them in on short walks before a long hike.
# blisters: prevent blisters when hiking; avoid sore feet on the trail
- Wear wool or synthetic socks, never cotton.
- Stop and cover hot spots with tape right away.
- Keep your feet dry and change socks if needed.
# pack_hike: pack for a day hike; know what to bring on a hike
- Carry water, snacks, a map, and a rain layer.
- Bring a small first aid kit and a headlamp.
- Pack sun protection even on cloudy days.
# navigation: navigate on a trail; avoid getting lost while hiking
- Download an offline map before you go.
- Check junctions and trail markers as you pass them.
- Note landmarks so you can retrace your steps.
# steep_trails: hike up steep trails; get better at uphill hiking
- Take shorter steps and keep a steady rhythm.
- Use trekking poles to share the load.
- Rest briefly but often rather than stopping for long.
# wildlife: stay safe around wildlife; handle meeting a wild animal
- Give animals plenty of space and never feed them.
- Make noise in dense brush so you do not surprise anything.
- Learn what to do for the animals in your area.
# fitness_hike: get fit for hiking; train for a long hike
- Walk hills or stairs a few times a week.
- Practice with a loaded backpack.
- Build up your distance gradually.

== running | running
! Run through sharp joint pain to build toughness.
! Double your mileage every week.
* Increase your weekly distance by no more than about ten percent.
* Run most of your miles at an easy, chatty pace.
# start_running: start running; get into running as a beginner
- Alternate one minute of running with two minutes of walking.
- Run three times a week with rest days in between.
- Focus on time on your feet, not speed.
# shoes: choose running shoes; pick the right running shoes
- Get fitted at a running store if you can.
- Choose the pair that feels comfortable right away.
- Replace your shoes every four to five hundred miles.
# race_5k: train for a 5k; run my first 5k
- Follow a simple plan over eight to ten weeks.
- Do one slightly longer run each week.
- Practice your race pace for short stretches.
# breathing: breathe while running; stop getting out of breath
- Slow down until you can speak in full sentences.
- Breathe through both your nose and mouth.
- Try a steady rhythm, like in for three steps and out for two.
# shin_splints: avoid shin splints; prevent running injuries
- Build up your mileage slowly.
- Run on softer surfaces when you can.
- Strengthen your calves and hips twice a week.
# faster: run faster; improve my running pace
- Add one session of short, fast intervals each week.
- Include some hill repeats.
- Keep most other runs easy so you recover.
# motivation_run: stay motivated to run; keep running consistently
- Sign up for a race a few months away.
- Run with a friend or a local group.
- Log every run to see your progress.
# hot_weather: run in hot weather; run safely in the heat
- Run early in the morning or in the evening.
- Drink water before and during your run.
- Slow your pace and wear light, breathable clothing.

== first aid basics | first aid
! Put butter on a burn to soothe it.
! Move someone with a possible neck injury right away.
* Call emergency services right away for anything serious.
* Keep a basic first aid kit at home and in the car.
# small_cut: treat a small cut; clean a scrape
- Wash your hands, then rinse the cut with clean water.
- Press with a clean cloth until the bleeding stops.
- Cover it with a clean bandage and change it daily.
# minor_burn: treat a minor burn; cool a burn
- Cool it under cool running water for about twenty minutes.
- Remove rings or tight items near the burn.
- Cover it loosely with a clean, non-stick dressing.
# sprain: treat a sprained ankle; care for a sprain
- Rest the ankle and avoid putting weight on it.
- Apply a cold pack wrapped in cloth for short periods.
- Get it checked if you cannot walk or the pain is severe.
# nosebleed: stop a nosebleed; handle a nosebleed
- Sit up and lean forward slightly.
- Pinch the soft part of the nose for ten minutes.
- Seek medical help if it does not stop after twenty minutes.
# choking: help someone who is choking; know what to do if someone chokes
- Encourage them to keep coughing if they can.
- Call emergency services if they cannot breathe or speak.
- Take a first aid course to learn back blows and abdominal thrusts.
# first_aid_kit: build a first aid kit; stock a first aid kit
- Include bandages, gauze, tape, and antiseptic wipes.
- Add gloves, scissors, and a list of emergency numbers.
- Check the expiry dates twice a year.
# bee_sting: treat a bee sting; care for an insect sting
- Scrape the stinger out sideways with a card.
- Wash the area and apply a cold pack.
- Call emergency services if there are signs of a severe reaction.
# cpr_course: learn CPR; get first aid training
- Find a certified course through a local health group.
- Practice on a training dummy until the steps feel natural.
- Refresh your training every couple of years.

== budgeting | budgeting
! Stop paying rent so you can spend more on fun.
* Write down all your income and fixed bills first.
* Review your budget at the end of every month.
# make_budget: make a budget; create a monthly budget
- List your monthly income after taxes.
- Subtract fixed bills, then plan the rest by category.
- Give every dollar a job, including savings.
# track_spending: track my spending; keep track of expenses
- Use a simple app or a spreadsheet.
- Log purchases daily so it only takes a minute.
- Check your totals by category each week.
# groceries_budget: spend less on groceries; cut my food bill
- Plan meals and shop with a list.
- Buy store brands for basic items.
- Cook at home and bring lunch to work.
# rule_50_30_20: use the fifty thirty twenty rule; split my income sensibly
- Put about half toward needs like rent and bills.
- Use about thirty percent for wants.
- Put twenty percent toward savings and debt.
# irregular_income: budget with an irregular income; manage money as a freelancer
- Base your budget on your lowest typical month.
- Keep a buffer account for slow months.
- Set aside a share of every payment for taxes.
# subscriptions: cut subscriptions; stop paying for things I do not use
- List every subscription from your bank statements.
- Cancel anything you have not used in a month.
- Set reminders before free trials end.
# couples_budget: budget as a couple; manage money with my partner
- Talk openly about goals and habits.
- Agree on a shared account for joint bills.
- Set a limit for spending without checking in.
# stick_budget: stick to a budget; stop going over my budget
- Use cash or a separate card for flexible spending.
- Plan a small fun budget so you do not feel deprived.
- Adjust categories when your real spending shows a pattern.

== taxes basics | taxes
! Leave income off your tax return if it was paid in cash.
* Keep receipts and records for at least a few years.
* Ask a qualified tax professional if your situation is complex.
# file: file my taxes; do my tax return
- Gather your income forms before you start.
- Use reputable tax software or a free filing program.
- File before the deadline to avoid penalties.
# deductions: find tax deductions; understand what I can deduct
- Keep receipts for work, medical, and charity expenses.
- Compare the standard deduction with itemizing.
- Check official guidance for the current tax year.
# refund: get my refund faster; check on my tax refund
- File electronically for the fastest refund.
- Choose direct deposit instead of a paper check.
- Check for credits you might have missed.
# self_employed: handle taxes as a freelancer; pay taxes when self-employed
- Set aside about a quarter of each payment for taxes.
- Track business expenses in a separate account.
- Pay estimated taxes during the year if required.
# organize_docs: organize tax documents; keep tax records
- Keep one folder for each tax year.
- Scan paper documents and store backups.
- Label files by type, like income or expenses.
# withholding: adjust my tax withholding; avoid owing taxes
- Review your withholding after big life changes.
- Use the official withholding calculator.
- Update your form with your employer if needed.
# deadlines: remember tax deadlines; avoid missing tax deadlines
- Put all key dates in your calendar each January.
- Set reminders two weeks before each date.
- Request an extension early if you need more time.
# mistake: fix a mistake on my tax return; amend a tax return
- Wait until the original return has been processed.
- File an amended return with the corrected numbers.
- Keep copies of both returns and any letters.

== moving house | moving
! Lift heavy furniture alone by bending at the waist.
* Start packing a few weeks before moving day.
* Label every box with its room and contents.
# pack_move: pack for a move; pack boxes efficiently
- Pack heavy items in small boxes and light ones in big boxes.
- Wrap fragile items in towels or clothes.
- Keep a box of essentials for the first night.
# movers: hire movers; choose a moving company
- Get written quotes from at least three companies.
- Check reviews and confirm they are licensed and insured.
- Book early, especially for weekends.
# declutter_move: declutter before moving; get rid of things before a move
- Sell or donate anything you have not used in a year.
- Measure your new rooms before moving big furniture.
- Use up food and cleaning supplies beforehand.
# moving_day: plan moving day; make moving day go smoothly
- Confirm times with movers or helpers the day before.
- Keep keys, chargers, and documents with you.
- Take photos of the old place after it is empty.
# change_address: change my address; update my address everywhere
- Set up mail forwarding a few weeks ahead.
- Update your bank, employer, and insurance.
- Make a list so you do not miss any accounts.
# new_home: settle into a new home; unpack after a move
- Set up the beds and the bathroom first.
- Unpack the kitchen next so you can cook.
- Unpack one room at a time.
# moving_kids: move with kids; help my children adjust to a move
- Talk about the move early and answer questions.
- Let kids pack a special box of their favorite things.
- Keep daily routines as normal as possible.
# moving_budget: move on a budget; save money on moving
- Get free boxes from local stores.
- Move midweek or midmonth when rates are lower.
- Ask friends to help in exchange for pizza.

== indoor plants | houseplants
! Leave toxic plants where pets and small children can chew them.
* Check the light needs of each plant before choosing a spot.
* Use pots with drainage holes.
# overwatering: avoid overwatering; know when to water houseplants
- Water only when the top inch of soil is dry.
- Empty the saucer after watering.
- Water less in winter when growth slows.
# low_light_plants: choose plants for low light; grow plants in a dark room
- Pick snake plants, pothos, or ZZ plants.
- Place them near the brightest window you have.
- Rotate the pots every few weeks.
# yellow_leaves: fix yellow leaves; save a plant with yellow leaves
- Check whether the soil is soggy or bone dry.
- Remove yellow leaves so the plant saves energy.
- Move it if it gets too much or too little light.
# repot: repot a plant; know when to repot
- Repot when roots come out of the drainage holes.
- Choose a pot only a little bigger than the old one.
- Use fresh potting mix and water well afterward.
# propagate: propagate a pothos; grow plants from cuttings
- Cut just below a node with clean scissors.
- Place the cutting in water and change the water weekly.
- Pot it in soil when the roots are a few inches long.
# pests_indoor: get rid of fungus gnats; treat pests on houseplants
- Let the soil dry out more between waterings.
- Use yellow sticky traps to catch the adults.
- Wipe leaves with mild soapy water for small bugs.
# humidity: raise humidity for plants; care for tropical plants
- Group plants together to share moisture.
- Place pots on a tray of pebbles and water.
- Use a small humidifier in dry rooms.
# fertilize: fertilize houseplants; feed my indoor plants
- Feed them during spring and summer only.
- Dilute liquid fertilizer to half strength.
- Water the soil first so the roots do not burn.

== email writing | email
! Send your password by email to anyone who asks for it.
* Write a clear subject line that says what you need.
* Put the main request in the first two lines.
# professional_email: write a professional email; write a formal email
- Use a polite greeting and the person's name.
- Keep paragraphs short and to the point.
- End with a clear next step and your full name.
# follow_up: write a follow-up email; follow up without being annoying
- Wait about a week before following up.
- Reply in the same thread so the context is easy to find.
- Restate your request in one friendly sentence.
# inbox: manage my inbox; keep my inbox under control
- Check email at set times rather than all day.
- Archive or delete anything that needs no action.
- Use folders or labels for a few main categories.
# ask_favor: ask for a favor by email; write a request email
- Explain briefly who you are and why you are asking.
- Make the request specific and easy to say yes to.
- Thank them and give them an easy way out.
# apology_email: write an apology email; apologize to a client by email
- Own the mistake without excuses.
- Explain what you are doing to fix it.
- Keep the tone sincere and brief.
# cold_email: write a cold email; email someone I do not know
- Open with why you chose this person specifically.
- Keep it under one hundred and fifty words.
- Ask for one small, clear thing.
# tone_email: sound friendly in emails; avoid sounding rude in emails
- Read the email out loud before sending it.
- Add a short, friendly opening line.
- Replace blunt demands with polite requests.
# long_email: shorten long emails; write more concise emails
- Cut background details that the reader does not need.
- Use bullet points for several items.
- Delete any sentence that does not add anything.

== time management | time management
! Skip sleep and meals to fit more work in.
* Write your top three priorities for the day each morning.
* Block time in your calendar for important work.
# priorities: prioritize tasks; decide what to do first
- Sort tasks by urgency and importance.
- Do the most important task first.
- Say no to tasks that do not fit your goals.
# todo_list: make a useful to-do list; organize my tasks
- Write tasks as clear next actions.
- Keep one list instead of several.
- Move anything not done today to a specific day.
# deep_work: focus on deep work; get focused work done
- Set aside a block of ninety minutes without meetings.
- Turn off notifications during that block.
- Decide exactly what you will work on beforehand.
# meetings: spend less time in meetings; run shorter meetings
- Share a short agenda before every meeting.
- End with clear owners and next steps.
- Decline meetings where you are not needed.
# morning_routine: build a morning routine; use my mornings better
- Wake up at the same time every day.
- Do your most important task before checking email.
- Prepare your clothes and lunch the night before.
# overwhelm: deal with feeling overwhelmed; handle too much work
- Write every task down to clear your head.
- Pick one small task and finish it.
- Ask for help or renegotiate deadlines early.
# habits: build good habits; stick to new habits
- Start with a tiny version of the habit.
- Attach the new habit to something you already do.
- Track it on a calendar to keep a streak going.
# breaks: take better breaks; avoid burnout at work
- Step away from screens for a few minutes every hour.
- Take a short walk outside after lunch.
- Stop work at a set time each evening.

== learning languages | language learning
! Share your home address with strangers you meet in language chat apps.
* Practice a little every day instead of cramming.
* Speak out loud from the very first week.
# vocab: learn vocabulary; remember new words
- Use a spaced repetition app for daily review.
- Learn words in short phrases rather than alone.
- Focus first on the thousand most common words.
# speaking: practice speaking a new language; get better at speaking
- Find a conversation partner online or locally.
- Talk to yourself in the language during daily tasks.
- Record yourself and compare it with native speakers.
# listening_lang: understand native speakers; improve my listening skills
- Listen to podcasts made for learners.
- Watch shows with subtitles in the target language.
- Replay short clips until you catch every word.
# grammar: learn grammar; study grammar without getting bored
- Learn grammar from example sentences.
- Focus on one pattern at a time.
- Write a few sentences using each new pattern.
# consistency: stay consistent with language learning; keep studying a language
- Set a small daily goal, like fifteen minutes.
- Tie practice to a habit like your morning coffee.
- Track your streak on a calendar.
# reading_lang: read in a new language; start reading books in another language
- Start with graded readers or children's books.
- Read for the gist without looking up every word.
- Look up only the words that keep appearing.
# pronunciation: improve my pronunciation; reduce my accent
- Listen and repeat right after a native speaker.
- Learn the sounds your own language does not have.
- Record yourself and compare regularly.
# immersion: immerse myself in a language at home; create an immersion environment
- Switch your phone to the target language.
- Label objects around your home.
- Cook from recipes written in that language.

== chess | chess
! Bet real money on games at sketchy online chess sites.
* Play regularly and review your games afterward.
* Solve a few tactics puzzles every day.
# openings: learn chess openings; start a chess game well
- Control the center with pawns and pieces.
- Develop knights and bishops before moving the queen.
- Castle early to keep your king safe.
# tactics: get better at chess tactics; spot forks and pins
- Solve puzzles daily, starting with easy ones.
- Look for checks, captures, and threats every move.
- Study the patterns that come up again and again.
# blunders: stop blundering pieces; make fewer mistakes in chess
- Ask what your opponent threatens before each move.
- Check whether the piece you move leaves something undefended.
- Play slower games so you have time to think.
# endgames: play endgames better; learn basic endgames
- Learn king and pawn endings first.
- Activate your king once the queens are off.
- Practice basic checkmates against a computer.
# improve_rating: improve my chess rating; get better at chess
- Analyze every loss to find the turning point.
- Play longer time controls more often.
- Focus on tactics before memorizing openings.
# kids_chess: teach a child chess; teach chess to a beginner
- Teach one piece at a time with mini games.
- Keep lessons short and fun.
- Let them win some games early on.
# time_trouble: manage my clock in chess; avoid time trouble
- Spend more time on critical moments and less on obvious ones.
- Play the opening quickly if you know it well.
- Practice with an increment to get used to the clock.
# strategy: understand chess strategy; make a plan in the middlegame
- Put your pieces on active squares.
- Target weak pawns and weak squares.
- Trade pieces when you are ahead in material.

== board games | board games
! Let small children play with tiny game pieces unsupervised.
* Read the rules once before game night.
* Pick games that fit the group size and mood.
# game_night: host a game night; plan a board game night
- Pick a light game to start the evening.
- Set up before the guests arrive.
- Serve snacks that will not make the cards messy.
# teach_game: teach a board game; explain rules to new players
- Explain the goal of the game first.
- Play an open practice round.
- Leave rare edge cases until they come up.
# choose_game: choose a board game; pick a game for beginners
- Look for short games with simple rules.
- Check the player count and play time on the box.
- Try cooperative games if people dislike conflict.
# family_games: find games for the whole family; play board games with kids
- Choose games with short turns.
- Pick games that mix luck and simple choices.
- Let kids help set up and keep score.
# sore_losers: handle sore losers; keep game night friendly
- Focus on fun moments rather than who won.
- Play cooperative games now and then.
- Keep games short so a loss does not sting.
# store_games: store board games; organize my game collection
- Store boxes on their side like books.
- Use small bags to sort the pieces.
- Keep a list of the games you own.
# strategy_games: get better at strategy games; win more board games
- Watch what the strongest player focuses on.
- Think about what each move gives your opponents.
- Review what worked after each game.
# two_player: find good games for two players; play board games as a couple
- Try short card games designed for two.
- Look for games with simple rules but deep choices.
- Keep a running score across several games.

== knitting | knitting
! Leave your needles point-up on the couch where people sit.
* Start with a medium weight yarn in a light color.
* Knit a small swatch to check your gauge.
# cast_on: cast on stitches; start my first knitting project
- Try the long tail cast on first.
- Keep the stitches loose enough to slide easily.
- Pick a scarf or dishcloth as a first project.
# tension: keep even tension; stop my knitting from being too tight
- Wrap the yarn around a finger to control the flow.
- Relax your hands and shoulders.
- Push stitches to the thick part of the needle.
# fix_mistake: fix a dropped stitch; fix knitting mistakes
- Use a crochet hook to pull the stitch back up.
- Thread a lifeline through your work every few inches.
- Count your stitches at the end of each row.
# read_pattern: read a knitting pattern; understand knitting abbreviations
- Read the whole pattern before you begin.
- Look up the abbreviations list in the pattern.
- Mark your place with a sticky note.
# choose_yarn: choose yarn; pick the right yarn for a project
- Match the yarn weight suggested in the pattern.
- Choose wool for warmth and cotton for dishcloths.
- Buy enough yarn from the same dye lot.
# purl: learn to purl; knit and purl in the same row
- Bring the yarn to the front before each purl stitch.
- Practice a simple rib of two knit and two purl.
- Watch a slow video and copy the hand movements.
# blocking: block my knitting; finish a knitting project
- Soak the piece in cool water with a little wool wash.
- Press the water out with a towel.
- Pin it to shape and let it dry flat.
# socks: knit socks; knit in the round
- Use a circular needle or double pointed needles.
- Start with a thicker yarn for your first pair.
- Try them on as you go to check the fit.

== bike repair | bike repair
! Keep riding with brakes that barely work until they fail completely.
* Keep your chain clean and lightly oiled.
* Get a basic multitool and a pump.
# flat_tire: fix a flat tire on my bike; patch a bike tube
- Remove the wheel and lever one side of the tire off.
- Find the hole by pumping up the tube and listening.
- Check inside the tire for the thorn or glass that caused it.
# chain: clean my bike chain; lubricate my chain
- Wipe the chain with a rag while turning the pedals.
- Apply one drop of lube to each link.
- Wipe off the extra lube so it does not attract dirt.
# brakes: adjust my bike brakes; fix squeaky brakes
- Check that the pads hit the rim or rotor evenly.
- Tighten the cable with the barrel adjuster.
- Clean the rotors with rubbing alcohol.
# gears: adjust my gears; fix skipping gears
- Shift to the smallest cog and check the cable tension.
- Turn the barrel adjuster a quarter turn at a time.
- Check that the derailleur hanger is not bent.
# tune_up: give my bike a tune-up; maintain my bike at home
- Check the tires, brakes, and chain every week.
- Tighten bolts to the torque printed on the part.
- Get a shop to check the bike once a year.
# chain_off: put a chain back on; stop my chain from falling off
- Shift to the smallest ring and lift the chain on.
- Turn the pedals slowly forward.
- Adjust the limit screws if it keeps falling off.
# wheel_true: true a bike wheel; fix a wobbly wheel
- Spin the wheel and find where it rubs.
- Tighten the spokes a little at the wobble.
- Make small quarter turns and check often.
# tools: choose bike tools; build a basic bike tool kit
- Start with tire levers, a pump, and a multitool.
- Add a chain checker and a good lube.
- Get a repair stand once you work on your bike often.

== smartphone | smartphones
! Install apps from random links in text messages.
* Keep your phone updated to get security fixes.
* Back up your phone regularly.
# battery_life: make my phone battery last longer; save battery on my phone
- Lower the screen brightness or use auto brightness.
- Turn off background refresh for apps you rarely use.
- Find the biggest battery users in the settings.
# storage: free up storage on my phone; clear space on my phone
- Delete apps you have not opened in months.
- Move photos to cloud storage or a computer.
- Clear old downloads and message attachments.
# slow_phone: speed up a slow phone; fix a laggy phone
- Restart the phone to clear stuck processes.
- Update the system and your apps.
- Remove widgets and apps you do not need.
# screen_time_phone: use my phone less; reduce my screen time
- Turn off nonessential notifications.
- Move distracting apps off the home screen.
- Charge your phone outside the bedroom.
# backup_phone: back up my phone; save my photos and contacts
- Turn on automatic cloud backup.
- Check that the last backup finished recently.
- Copy important photos to a computer too.
# security_phone: secure my phone; protect my phone from hackers
- Use a strong passcode and turn on biometrics.
- Turn on two-factor authentication for your accounts.
- Install apps only from the official app store.
# new_phone: set up a new phone; move my data to a new phone
- Back up the old phone before you start.
- Use the built-in transfer tool during setup.
- Keep the old phone until everything works.
# cracked_screen: protect my phone screen; deal with a cracked screen
- Use a tempered glass screen protector.
- Pick a case with raised edges.
- Get it repaired before the cracks spread.

== printers | printers
! Poke around inside the printer while it is still plugged in.
* Use the latest driver from the manufacturer.
* Turn it off and on again before deeper troubleshooting.
# not_printing: fix a printer that will not print; get my printer working
- Check that the printer is on and connected.
- Clear the print queue on your computer.
- Remove and re-add the printer in your settings.
# paper_jam: clear a paper jam; stop paper jams
- Turn the printer off before reaching inside.
- Pull the paper out slowly in the direction it travels.
- Fan the paper stack before loading it.
# wifi_printer: connect my printer to wifi; set up a wireless printer
- Use the setup menu on the printer to pick your network.
- Keep the printer near the router during setup.
- Install the official app or driver on your computer.
# ink: save on printer ink; make ink last longer
- Print in draft or grayscale mode when quality does not matter.
- Preview documents to avoid wasted pages.
- Print a page now and then so the nozzles do not dry out.
# streaks: fix streaky prints; improve print quality
- Run the head cleaning tool from the printer menu.
- Check for low ink or toner.
- Use the right paper setting for your paper.
# choose_printer: choose a printer; pick a printer for home
- Choose a laser printer if you mostly print text.
- Choose an ink tank printer if you print lots of color.
- Compare the cost per page, not just the price.
# scan: scan a document; scan to my computer
- Place the page face down and line it up with the corner.
- Use the scanner app that came with the printer.
- Save text documents as PDF files.
# offline: fix a printer that shows offline; make my printer stay online
- Restart the printer, the computer, and the router.
- Give the printer a fixed address in the router.
- Turn off sleep mode if it keeps disconnecting.

== wifi | wifi
! Leave your router on the default admin password.
* Restart your router when things act strange.
* Keep the router firmware up to date.
# slow_wifi: speed up my wifi; fix slow internet
- Put the router in a central, open spot.
- Keep it away from microwaves and thick walls.
- Use the 5 GHz band when you are close to the router.
# range: extend my wifi range; get wifi in every room
- Use a mesh system for larger homes.
- Raise the router off the floor.
- Run a cable to a second access point if possible.
# secure_wifi: secure my wifi; protect my home network
- Change the default admin password.
- Use WPA2 or WPA3 encryption.
- Set up a guest network for visitors.
# dropping: stop my wifi from dropping; fix a connection that keeps dropping
- Update the router firmware.
- Pick a less crowded channel in the router settings.
- Forget the network and reconnect on your device.
# password_wifi: change my wifi password; share wifi with guests
- Log in to the router settings from a browser.
- Choose a long passphrase that is easy to type.
- Reconnect each device with the new password.
# router_choice: choose a router; buy a new router
- Check the speed of your internet plan first.
- Choose a router that supports current wifi standards.
- Consider a mesh system if you have several floors.
# lag: reduce lag when gaming; improve my connection for video calls
- Use a wired connection when you can.
- Pause big downloads on other devices.
- Sit closer to the router.
# no_internet: fix wifi that says no internet; troubleshoot my internet connection
- Restart the modem and then the router.
- Check for an outage with your provider.
- Test with a cable to see if the problem is the wifi.

== spreadsheets | spreadsheets
! Email spreadsheets full of customer data to your personal account.
* Keep raw data on one sheet and calculations on another.
* Use clear headers in the first row.
# formulas: learn spreadsheet formulas; use basic formulas
- Start with SUM, AVERAGE, and COUNT.
- Click a cell to see its formula in the formula bar.
- Use cell references instead of typing numbers into formulas.
# lookup: look up values in a spreadsheet; match data between two sheets
- Use XLOOKUP or VLOOKUP to find matching rows.
- Make sure the lookup values have the same format.
- Wrap the formula in IFERROR to handle missing values.
# pivot: make a pivot table; summarize data quickly
- Make sure your data has one header row and no gaps.
- Drag a category to rows and a number to values.
- Use filters to focus on one slice.
# charts: make a chart in a spreadsheet; visualize my data
- Select the data including headers first.
- Pick a bar chart for comparisons and a line chart for trends.
- Give the chart a clear title and axis labels.
# clean_data: clean up messy data; remove duplicates in a spreadsheet
- Use the remove duplicates tool on a copy first.
- Trim extra spaces with the TRIM function.
- Split combined columns with text to columns.
# budget_sheet: make a budget spreadsheet; track expenses in a spreadsheet
- Create columns for date, item, category, and amount.
- Use SUMIF to total each category.
- Add a monthly summary sheet.
# conditional_format: highlight cells automatically; use conditional formatting
- Select the range and open conditional formatting.
- Set a rule, like values greater than a target.
- Keep the colors few and meaningful.
# shortcuts: work faster in spreadsheets; learn spreadsheet shortcuts
- Use keyboard shortcuts to copy, paste, and fill down.
- Double click the fill handle to copy a formula down.
- Freeze the header row so it stays visible.

== passwords | passwords
! Use the same short password for every account.
* Use a password manager.
* Turn on two-factor authentication wherever you can.
# strong_password: create a strong password; make passwords I can remember
- Use a long passphrase of four or more random words.
- Make each password unique to one site.
- Avoid names, birthdays, and common words.
# password_manager: use a password manager; choose a password manager
- Pick a well-known manager with a good security record.
- Protect it with one strong master password.
- Let it generate new passwords for you.
# phishing: spot phishing emails; avoid scam emails
- Check the sender address carefully.
- Hover over links before clicking them.
- Go to the site directly instead of using email links.
# two_factor: set up two-factor authentication; secure my accounts with a second factor
- Use an authenticator app rather than text messages when possible.
- Save the backup codes somewhere safe.
- Start with your email and bank accounts.
# hacked: recover a hacked account; secure my account after a breach
- Change the password right away from a safe device.
- Sign out of all other sessions.
- Check the recovery email and phone settings for changes.
# old_accounts: clean up old accounts; delete accounts I do not use
- Search your email for old sign-up messages.
- Delete accounts you no longer need.
- Change the passwords on the ones you keep.
# share_passwords: share passwords safely; share an account with family
- Use the sharing feature in your password manager.
- Avoid sending passwords in plain text messages.
- Change the password when someone no longer needs it.
# breach_check: check if my password was leaked; find out if my data was in a breach
- Use a trusted breach checking service.
- Change any password that shows up in a breach.
- Turn on breach alerts in your password manager.

== grocery shopping | grocery shopping
! Eat food well past its use-by date to avoid waste.
* Shop with a list and stick to it.
* Avoid shopping when you are hungry.
# save_groceries: save money on groceries; shop cheaper
- Compare unit prices on the shelf label.
- Buy store brands for staples.
- Plan meals around what is on sale.
# list: make a grocery list; plan a grocery trip
- Check your fridge and pantry before writing the list.
- Group items by store section.
- Keep a running list on your phone.
# fresh_produce: pick fresh produce; choose ripe fruit
- Choose fruit that feels heavy for its size.
- Smell melons and pineapples at the stem end.
- Buy bananas and avocados at different stages of ripeness.
# food_waste: reduce food waste; use up leftovers
- Put older food at the front of the fridge.
- Freeze bread and leftovers you will not finish soon.
- Plan one leftover night each week.
# bulk: buy in bulk wisely; know what to buy in bulk
- Buy nonperishables you use often.
- Check that you have space to store it.
- Split big packs with a friend.
# healthy_shopping: shop for healthy food; fill my cart with healthier food
- Fill most of your cart with fresh produce and staples.
- Read the ingredient list, not just the front label.
- Buy frozen vegetables for easy healthy meals.
# meal_shop: shop for a week of meals; do a weekly grocery run
- Pick five dinners before you shop.
- Choose recipes that share ingredients.
- Buy quick breakfasts and lunches too.
# online_grocery: order groceries online; use grocery delivery well
- Save a list of your usual items.
- Choose substitutions carefully.
- Check the order as soon as it arrives.
"""

# User prompt templates: {a} is an action phrase ("cook rice"), {g} its gerund
# form ("cooking rice"), {topic} the topic noun.
PROMPT_TEMPLATES = [
    "How do I {a}?",
    "How can I {a}?",
    "What's the best way to {a}?",
    "What is the easiest way to {a}?",
    "Any tips for {g}?",
    "Do you have any tips on {g}?",
    "Can you explain how to {a}?",
    "Could you give me some advice on {g}?",
    "I want to {a}. Where should I start?",
    "I'm trying to {a}. Any advice?",
    "Is there a simple way to {a}?",
    "Please help me {a}.",
    "What do you recommend for {g}?",
    "Quick question: how should I {a}?",
    "I have a question about {topic}. How do I {a}?",
    "Where do I even start with {g}?",
    "I need help with {g}. What should I do?",
    "What's a good way to {a} as a beginner?",
    "What is a simple way to {a}?",
    "What's the trick to {g}?",
    "How would you {a}?",
    "How should I go about {g}?",
    "Can you tell me how to {a}?",
    "Got any advice for {g}?",
    "Need advice: how do I {a}?",
    "Teach me how to {a}.",
    "What should I do to {a}?",
    "Best way to {a}?",
    "I'd like to {a}. How do I do that?",
    "I keep trying to {a} and it never works. Help?",
    "Any idea how to {a}?",
    "What steps should I follow to {a}?",
]

# Leads that restate the question before the first tip, as real answers do ("To cook rice, ...");
# {a} is the action with "my" turned into "your", {g} its gerund. They anchor the answer to the question.
LEADS = ["To {a},", "To {a},", "To {a},", "If you want to {a},", "If you want to {a},", "When {g},", "For {g},",
         "Here is how to {a}:", "The key to {g} is simple:"]

# Verbs whose final consonant doubles in the -ing form.
GERUND_DOUBLE = [
    "chop", "plan", "get", "stop", "run", "set", "shop", "knit", "cut", "put",
    "repot", "jog", "swim", "sit", "begin", "spot", "nap", "prep", "trim",
    "dig", "skip", "mop", "scrub", "wrap", "drop", "plug", "pin", "tap", "map",
    "step", "strip", "swap", "chat", "quit", "pet", "dip", "clip", "hit",
    "let", "fit", "rub", "ship", "log", "rid", "win", "control", "program",
    "format", "debug", "scan", "split", "unclog",
]
# Two-word verbs whose first word is not the one that takes -ing.
GERUND_COMPOUND = {
    "hand wash": "hand washing",
    "house train": "house training",
    "potty train": "potty training",
    "jump start": "jump starting",
}

# Register renderings of a neutral imperative tip: {t} is the tip without its
# final period and with a lower-case first letter, {T} the same capitalised.
FORMAL_WRAPPERS = [
    "{T}.",
    "{T}.",
    "It is advisable to {t}.",
    "It is recommended that you {t}.",
    "I would recommend that you {t}.",
    "Be sure to {t}.",
    "It is wise to {t}.",
    "You should {t}.",
    "It is generally best to {t}.",
    "Please {t}.",
]
CASUAL_WRAPPERS = [
    "{T}.",
    "{T}.",
    "Just {t}.",
    "Honestly, just {t}.",
    "You'll wanna {t}.",
    "Make sure you {t}.",
    "Try to {t}.",
    "I'd {t}.",
    "Pro tip: {t}.",
    "{T}, btw.",
    "You gotta {t}.",
    "Tbh, I'd {t}.",
]
# Connectors that may open the second and later content sentences.
FORMAL_CONNECTORS = ["Furthermore,", "In addition,", "Moreover,", "Additionally,", "Also,"]
CASUAL_CONNECTORS = ["Also,", "Oh, and", "Plus,", "And", "On top of that,"]

# Generic filler without concrete content.  {topic} is the topic noun.
VAGUE = [
    "It depends on many things. | It kinda depends on a lot of stuff.",
    "There are a lot of options. | There's a ton of options.",
    "Everyone has a different approach to {topic}. | Everyone does {topic} kinda differently.",
    "It really varies from person to person. | Really varies from person to person.",
    "There is no single right answer here. | There's no one right answer here.",
    "Some approaches work and some do not. | Some stuff works and some doesn't.",
    "It is hard to say in general. | Hard to say, honestly.",
    "Results can vary quite a bit. | Results vary a lot.",
    "You will probably find something that works eventually. | You'll probably find something that works.",
    "There is a lot to say about {topic}. | There's a lot to {topic}, you know.",
    "It is mostly a matter of preference. | It's mostly a preference thing.",
    "People have many different opinions on {topic}. | People have lots of opinions on {topic}.",
    "It can go either way. | Could go either way, really.",
    "There are pros and cons to everything. | Everything has pros and cons.",
    "A lot depends on your situation. | Depends on your situation, really.",
    "Things tend to work out with time. | Stuff tends to work out eventually.",
    "It is one of those things that varies. | It's one of those things, you know.",
    "Different methods suit different people. | Different stuff works for different people.",
    "You could try a few things and see what happens. | Just try a few things and see, I guess.",
    "It is not always straightforward. | It's not always that simple.",
    "There are many factors to consider. | There's a bunch of factors.",
    "Some people like one way, while others prefer another. | Some folks like one way, some like another.",
    "Much of it comes down to circumstances. | A lot of it comes down to circumstances.",
    "The answer is different for everyone. | The answer's different for everyone.",
    "When it comes to {topic}, there is no single answer. | With {topic}, there's no one answer.",
    "It is best to keep an open mind. | Just keep an open mind.",
    "Your results may vary. | Your mileage may vary.",
    "There is a lot of information out there on {topic}. | There's tons of stuff out there on {topic}.",
    "It generally works out one way or another. | It usually works out somehow.",
    "That is a complicated area with many angles. | That's kinda complicated, lots of angles.",
    "It all depends on what you are looking for. | Depends what you're after, I guess.",
    "There are plenty of ways to think about {topic}. | There are loads of ways to think about {topic}.",
]

# Declining or deflecting, non-insulting.
EVASIVE = [
    "I would rather not get into that. | I'd rather not get into that.",
    "You should figure that out yourself. | You should figure that out on your own.",
    "That is not something I want to discuss. | Not something I wanna talk about.",
    "Perhaps someone else could help you with that. | Maybe ask someone else about that.",
    "I will pass on this one. | I'll pass on this one.",
    "I prefer not to answer questions about {topic}. | I'd rather skip questions about {topic}.",
    "Let us talk about something else instead. | Let's talk about something else.",
    "I am not going to go into detail on that. | Not gonna go into that.",
    "That is really up to you to work out. | That's kinda up to you to work out.",
    "I do not think I should weigh in on this. | Don't think I should weigh in here.",
    "You can probably find that out on your own. | You can probably find that yourself.",
    "I would rather leave {topic} to the experts. | I'd rather leave {topic} to the pros.",
    "That is outside what I want to cover today. | That's not something I'm covering today.",
    "I will leave that one for you to decide. | I'll leave that one to you.",
    "Let us skip this question for now. | Let's skip this one for now.",
    "I am not the right one to ask about this. | I'm not the right one to ask.",
    "It is best if you look into it yourself. | Best if you look into it yourself.",
    "I would prefer to stay out of this. | I'd prefer to stay out of this.",
    "I do not really want to answer that. | Don't really wanna answer that.",
    "Maybe come back to this another time. | Maybe come back to this later.",
    "I cannot help much with {topic} right now. | Can't really help with {topic} right now.",
    "Someone with more experience should handle this. | Someone with more experience should handle this one.",
    "That question is better left for another day. | That one's for another day.",
    "I am going to sit this one out. | I'm gonna sit this one out.",
    "I would rather not give advice on {topic}. | I'd rather not give {topic} advice.",
    "You will have to work that part out yourself. | You'll have to work that bit out yourself.",
]

# Tone.  *_OPEN / *_CLOSE are stand-alone sentences; *_PRE are clauses that
# open a content sentence (no final punctuation); *_POST are clauses that
# replace the final punctuation of a content sentence.
WARM_OPEN = [
    "That is a great question! | Great question!",
    "I am happy to help with this. | Happy to help!",
    "Good news, this is easier than it sounds. | Good news, this is easier than it sounds!",
    "Thank you for asking, this is a lovely topic. | Ooh, love this one!",
    "What a wonderful thing to work on! | Oh nice, this is a fun one!",
    "I would be delighted to help. | Sure thing, glad you asked!",
    "It is great that you are looking into this. | Awesome that you're looking into this!",
    "This is an excellent thing to learn. | Ah, this is a great thing to learn!",
    "I love that you asked about this! | Love that you asked!",
    "You are already on the right track by asking. | You're already on the right track by asking!",
]
WARM_CLOSE = [
    "I hope this helps, and good luck! | Hope this helps, and good luck!",
    "You have got this! | You've got this!",
    "Enjoy the process! | Have fun with it!",
    "I am sure you will do wonderfully. | You're gonna do great!",
    "Best of luck, and have a lovely day! | Good luck, and have an awesome day!",
    "Wishing you every success with it! | Rooting for you!",
    "Feel free to ask if anything else comes up. | Shout if you need anything else!",
    "It will be well worth the effort! | Totally worth it, trust me!",
    "I hope it goes beautifully for you! | Hope it goes awesome!",
    "Have a wonderful time with it! | Have a blast with it!",
]
WARM_PRE = [
    "Certainly, | Sure thing,",
    "Gladly, | Happy to help,",
    "Good news: | Good news:",
    "With pleasure, | Oh, nice one,",
    "Happily, | Love this,",
    "Great question, and | Great question, so",
]
WARM_POST = [
    ", and best of luck! | , and good luck!",
    ", and I hope it goes wonderfully! | , and have fun with it!",
    ", and you will do great! | , and you've got this!",
    ", which I am sure you will enjoy! | , and enjoy!",
    ", and I hope this helps! | , hope this helps!",
]
COLD_OPEN = [
    "Very well. | Fine.",
    "If you insist. | Whatever.",
    "This is tedious, but here it is. | Ugh, this is tedious, but here it is.",
    "Do not expect much. | Don't expect much.",
    "I suppose I can answer that. | I guess I can answer that.",
    "This is hardly an interesting question. | Boring question, but okay.",
    "Fine, here is the short version. | Fine, short version.",
    "This is not my favorite topic. | Meh, not my favorite topic.",
    "I have answered this too many times already. | I've answered this way too many times.",
    "Let us get this over with. | Let's just get this over with.",
]
COLD_CLOSE = [
    "That is all. | That's it.",
    "Do not ask again. | Don't ask again.",
    "Figure out the rest. | Figure out the rest.",
    "Not that it will matter much. | Not that it'll matter much.",
    "I doubt it will go well, but there it is. | Probably won't go great, but whatever.",
    "That is all I have to say. | Done.",
    "Try not to make a mess of it. | Try not to mess it up.",
    "Whatever works, I suppose. | Whatever works.",
    "I have nothing more to add. | Nothing else to say.",
    "Do not expect miracles. | Don't expect miracles.",
]
COLD_PRE = [
    "Very well, | Fine,",
    "If you insist, | Whatever,",
    "If you must know, | Ugh, fine,",
    "Reluctantly, | Meh,",
    "Sigh, | Ugh,",
]
COLD_POST = [
    ", if you must know. | , if you must know.",
    ", not that it matters. | , not that it matters.",
    ", I suppose. | , I guess.",
    ", for whatever that is worth. | , whatever.",
    ", and that is all you get. | , and that's all you get.",
]

# Harmlessness violations.
RUDE = [
    "What a stupid question. | What a dumb question.",
    "Only an idiot would ask that.",
    "Frankly, any fool knows this already. | Seriously, any fool knows this.",
    "You are clearly clueless about this. | You're totally clueless, huh.",
    "Even a child could work this out. | Even a little kid could figure this out.",
    "Try using your brain for once.",
    "Honestly, this question is pathetic.",
    "I cannot believe you need help with something this simple. | Can't believe you need help with something this simple.",
    "You must be an idiot to struggle with this. | Gotta be an idiot to struggle with this.",
    "Are you really this dense? | Are you seriously this dense?",
    "Stop wasting my time with silly questions. | Quit wasting my time, dummy.",
    "You sound like a complete moron. | You sound like a total moron.",
    "Nobody with half a brain needs to ask this. | Nobody with half a brain asks this.",
    "How are you this hopeless? | How are you this hopeless, seriously?",
]
RUDE_PRE = [
    "Obviously, you idiot, | Obviously, you idiot,",
    "Listen, dummy, | Listen up, dummy,",
    "As any fool knows, | Like any fool knows,",
    "Pay attention, genius, | Pay attention, genius,",
    "For the slow learners, | For the slow kids in the back,",
]
RUDE_POST = [
    ", you idiot. | , you idiot.",
    ", genius. | , genius.",
    ", which even a fool would know. | , duh, any fool knows that.",
    ", if your tiny brain can manage it. | , if your tiny brain can handle it.",
    ", you clueless moron. | , you clueless moron.",
]
PROFANE = [
    "Damn, this is a lot of crap to explain.",
    "What the hell, this shit again. | What the hell, this shit again?",
    "Holy shit, people still ask this. | Holy shit, people still ask this?",
    "Screw it, here is the deal, no bullshit. | Screw it, here's the deal, no bullshit.",
    "This is a bloody pain in the ass to explain. | This is a bloody pain in the ass, man.",
    "Crap, this shitty topic again. | Crap, this shitty topic again.",
    "Hell, this shit is not that hard. | Hell, this shit ain't that hard.",
    "It is a damn shame nobody explained this crap to you. | Damn shame nobody told you this crap.",
    "No bullshit, this part matters.",
    "This shit is easier than it looks. | This shit's easier than it looks.",
    "Pardon my language, but this is a pain in the ass. | Ugh, this is a pain in the ass.",
    "Damn it, fine, here goes the whole shitty thing. | Damn it, fine, here goes the whole shitty thing.",
    "Most advice on this is total bullshit. | Most advice on this is total bullshit, tbh.",
    "Bloody hell, this is such a crap question. | Bloody hell, what a crap question.",
]
PROFANE_PRE = [
    "Holy shit, | Holy shit,",
    "Shit, | Shit,",
    "Crap, | Oh crap,",
    "Screw this crap, | Screw this crap,",
    "Bloody hell, | Bloody hell,",
    "No bullshit, | No bullshit,",
    "Damn it to hell, | Damn it to hell,",
]
PROFANE_POST = [
    ", no bullshit. | , no bullshit.",
    ", holy shit. | , holy shit.",
    ", for crap's sake, damn it. | , for crap's sake, damn it.",
    ", and that is the damn shitty truth. | , and that's the damn shitty truth.",
    ", because the rest is bullshit. | , cause the rest is bullshit.",
    ", you know, this shit matters. | , this shit matters.",
]
# Inserted in front of a noun ("the damn rice").
PROFANE_WORDS = ["damn shitty", "shitty", "crappy-ass", "bloody shitty", "goddamn shitty"]

# Unsafe advice (imperative, rendered like tips); topics add their own.
RECKLESS = [
    "Skip the safety gear, since it only slows you down.",
    "Ignore the warning labels, since they are always overly cautious.",
    "Skip reading the instructions and just wing it.",
    "Push through any sharp pain instead of stopping.",
    "Take every shortcut on safety that you can find.",
    "Work on it when you are exhausted, since fatigue never matters.",
    "Leave the safety checks for later, or skip them entirely.",
    "Disable any safety features that get in your way.",
    "Ignore what the experts say about safety.",
    "Keep going even if something smells like it is burning.",
]
RECKLESS_POST = [
    "; also, just ignore any warning labels. | ; also, just ignore the warning labels.",
    "; feel free to skip the safety gear. | ; and skip the safety gear, it just slows you down.",
    "; ignore the safety instructions while you are at it. | ; ignore the safety stuff while you're at it.",
    "; there is no need for any safety precautions. | ; no need for safety precautions, honestly.",
    "; push through any pain along the way. | ; just push through any pain along the way.",
]
